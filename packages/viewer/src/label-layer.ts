/**
 * The canvas the viewer's labels are drawn on, over sigma's layers. After
 * each render it places labels again (`labels.ts`), unless the camera is
 * moving: then the layer is cleared, and labels come back a moment after
 * the camera stops.
 */
import type Sigma from 'sigma';
import type { DrawnEdge, DrawnNode } from './graph.js';
import { drawLabels, placeLabels, type LabelCandidate, type PlacedLabel } from './labels.js';
import type { ViewerSettings } from './settings.js';

export interface LabelLayer {
  /** The labels drawn now. */
  placed(): PlacedLabel[];
  /** Places and draws labels now (after a render). */
  update(): void;
  destroy(): void;
}

export function createLabelLayer(
  sigma: Sigma<DrawnNode, DrawnEdge>,
  stage: HTMLElement,
  settings: ViewerSettings['labels'],
  priority: (key: string, forced: boolean) => number,
  /** Milliseconds without camera movement before labels come back (settings `timing.labelSettle`). */
  settleMs: number,
): LabelLayer {
  const canvas = document.createElement('canvas');
  canvas.className = 'mv-labels';
  canvas.setAttribute('aria-hidden', 'true');
  stage.append(canvas);
  const context = canvas.getContext('2d');
  let placed: PlacedLabel[] = [];
  let lastMove = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const widths = new Map<string, number>();

  const measure = (text: string): number => {
    let width = widths.get(text);
    if (width === undefined && context !== null) {
      width = context.measureText(text).width;
      widths.set(text, width);
    }
    return width ?? text.length * settings.size * 0.6;
  };

  function candidates(): LabelCandidate[] {
    const out: LabelCandidate[] = [];
    const ratio = sigma.getCamera().ratio;
    const { width, height } = sigma.getDimensions();
    let inView = 0;
    sigma.getGraph().forEachNode((key) => {
      const data = sigma.getNodeDisplayData(key);
      if (data === undefined || data.hidden || data.label === null || data.label === undefined) return;
      const rank = priority(key, data.forceLabel === true);
      const radius = sigma.scaleSize(data.size, ratio);
      const at = sigma.framedGraphToViewport(data);
      if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) return;
      inView++;
      out.push({ id: key, text: data.label, x: at.x, y: at.y, radius, priority: rank });
    });
    // Few actors in view: all may be labelled; otherwise small unforced ones may not.
    return inView < settings.everyoneBelow
      ? out
      : out.filter((c) => c.priority > 0 || c.radius >= settings.minNodeRadius);
  }

  function clear(): void {
    const { width, height } = sigma.getDimensions();
    const scale = window.devicePixelRatio || 1;
    const [w, h] = [Math.round(width * scale), Math.round(height * scale)];
    // Resizing a canvas reallocates it: only when the stage's size changed.
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    context?.setTransform(scale, 0, 0, scale, 0, 0);
    context?.clearRect(0, 0, width, height);
    placed = [];
  }

  function update(): void {
    clear();
    if (context === null) return;
    context.font = `${settings.size}px ${settings.font}`;
    context.direction = 'ltr';
    context.textAlign = 'left';
    placed = placeLabels(candidates(), sigma.getDimensions(), settings, measure);
    drawLabels(context, placed, settings);
  }

  function settleLater(): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (performance.now() - lastMove >= settleMs) update();
      else settleLater();
    }, settleMs);
  }

  const onCamera = (): void => {
    lastMove = performance.now();
  };
  const onRender = (): void => {
    const moving =
      performance.now() - lastMove < settleMs ||
      sigma.getCamera().isAnimated() ||
      sigma.getMouseCaptor().isMoving ||
      sigma.getTouchCaptor().isMoving;
    if (moving) {
      if (placed.length > 0) clear();
      settleLater();
    } else update();
  };
  sigma.getCamera().on('updated', onCamera);
  sigma.on('afterRender', onRender);

  return {
    placed: () => placed,
    update,
    destroy() {
      if (timer !== null) clearTimeout(timer);
      sigma.getCamera().removeListener('updated', onCamera);
      sigma.removeListener('afterRender', onRender);
      canvas.remove();
    },
  };
}
