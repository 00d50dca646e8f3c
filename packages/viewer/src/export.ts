/**
 * PNG export of the current view: sigma's layers (WebGL and 2D canvases)
 * drawn in order onto one canvas over a white background, right after a
 * synchronous render (so the WebGL buffers still hold the frame).
 */
/** What export needs of the renderer. */
export interface Renderer {
  getDimensions(): { width: number; height: number };
  refresh(): unknown;
}

export function exportPng(sigma: Renderer, stage: HTMLElement): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  const context = canvas.getContext('2d');
  if (context === null) return Promise.reject(new Error('no 2D canvas context'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  sigma.refresh();
  for (const layer of Array.from(stage.querySelectorAll('canvas'))) {
    if (layer.width === 0 || layer.height === 0) continue;
    context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  }
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('PNG export failed')) : resolve(blob)), 'image/png');
  });
}
