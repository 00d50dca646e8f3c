/**
 * PNG export of the current view at a set scale (default 2: two image
 * pixels per CSS pixel, whatever the screen): sigma and the label layer are
 * drawn once more at that pixel ratio — real resolution, not an enlarged
 * screen image — then their layers are composited in order onto one canvas
 * over a white background, right after that synchronous render (so the WebGL
 * buffers still hold the frame), and the map is drawn back at the screen's
 * ratio.
 */
/** What export needs of the renderer. */
export interface Renderer {
  getDimensions(): { width: number; height: number };
  resize(force?: boolean): unknown;
  refresh(): unknown;
}

/**
 * Runs `draw` while the page reports `ratio` as its device pixel ratio (sigma
 * and the label layer size their canvases by it), then restores the page's own.
 */
function atPixelRatio<T>(ratio: number, draw: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return draw();
  } finally {
    if (own === undefined) delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    else Object.defineProperty(window, 'devicePixelRatio', own);
  }
}

export function exportPng(sigma: Renderer, stage: HTMLElement, scale = 2): Promise<Blob> {
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 8)) {
    return Promise.reject(new Error(`PNG scale must be above 0 and at most 8, not ${scale}`));
  }
  const { width, height } = sigma.getDimensions();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (context === null) return Promise.reject(new Error('no 2D canvas context'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  atPixelRatio(scale, () => {
    // A forced resize gives every layer the new pixel size; the render after it redraws them (and the labels).
    sigma.resize(true);
    sigma.refresh();
    for (const layer of Array.from(stage.querySelectorAll('canvas'))) {
      if (layer.width === 0 || layer.height === 0) continue;
      context.drawImage(layer, 0, 0, canvas.width, canvas.height);
    }
  });
  sigma.resize(true);
  sigma.refresh();
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('PNG export failed')) : resolve(blob)), 'image/png');
  });
}
