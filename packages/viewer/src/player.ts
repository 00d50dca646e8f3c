/**
 * Flow playback: a play button and a slider over the adoptions of one idea,
 * in adoption order. `time` is the number of adoptions shown.
 */
import type { ViewerDom } from './ui.js';
import type { FlowOverlay } from './types.js';

export interface Player {
  load(flow: FlowOverlay | null): void;
  flow(): FlowOverlay | null;
  play(): void;
  pause(): void;
  playing(): boolean;
  /** To a number of adoptions, or to the last adoption on or before a date. */
  seek(t: number | string): void;
}

/** Orders dates as written: whole-number steps numerically, ISO dates as text. */
function notAfter(date: string, limit: string): boolean {
  const a = Number(date);
  const b = Number(limit);
  if (date.trim() !== '' && limit.trim() !== '' && Number.isFinite(a) && Number.isFinite(b)) return a <= b;
  return date <= limit;
}

export function createPlayer(dom: ViewerDom, interval: number, onTime: (time: number) => void): Player {
  let current: FlowOverlay | null = null;
  let time = 0;
  let timer: ReturnType<typeof setInterval> | null = null;

  function show(t: number): void {
    const n = current?.adoptions.length ?? 0;
    time = Math.max(0, Math.min(n, Math.round(t)));
    dom.slider.value = String(time);
    const step = current?.adoptions[time - 1];
    const text = step === undefined ? 'before the first adoption' : `${step.date} · ${time} of ${n} adopted`;
    dom.date.textContent = text;
    dom.slider.setAttribute('aria-valuetext', text);
    dom.root.dataset.flowDate = step?.date ?? '';
    onTime(time);
  }

  function stop(): void {
    if (timer !== null) clearInterval(timer);
    timer = null;
    dom.play.textContent = 'Play';
    dom.play.setAttribute('aria-pressed', 'false');
    dom.root.dataset.playing = 'false';
  }

  const player: Player = {
    load(flow) {
      stop();
      current = flow;
      dom.flow.hidden = flow === null;
      dom.flowTitle.textContent = flow === null ? '' : `Idea: ${flow.title}`;
      dom.slider.max = String(flow?.adoptions.length ?? 0);
      dom.root.dataset.flow = flow?.idea ?? '';
      show(0);
    },
    flow: () => current,
    play() {
      if (current === null) return;
      stop();
      if (time >= current.adoptions.length) show(0);
      dom.play.textContent = 'Pause';
      dom.play.setAttribute('aria-pressed', 'true');
      dom.root.dataset.playing = 'true';
      timer = setInterval(() => {
        if (current === null || time >= current.adoptions.length) {
          stop();
          return;
        }
        show(time + 1);
        if (time >= current.adoptions.length) stop();
      }, interval);
    },
    pause: stop,
    playing: () => timer !== null,
    seek(t) {
      if (current === null) return;
      if (typeof t === 'number') {
        show(t);
        return;
      }
      let count = 0;
      for (const step of current.adoptions) if (notAfter(step.date, t)) count++;
      show(count);
    },
  };

  dom.play.addEventListener('click', () => (player.playing() ? player.pause() : player.play()));
  dom.slider.addEventListener('input', () => {
    stop();
    show(Number(dom.slider.value));
  });
  return player;
}
