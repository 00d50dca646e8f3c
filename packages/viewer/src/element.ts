/**
 * `<muster-map>`: the viewer as a custom element, configured by attributes.
 *
 * - `src`: the dataset (core's one-file JSON form); a URL, or `#id` of a
 *   `<script type="application/json">` in the page (no fetch);
 * - `audit-src`, `flow-src`: an audit report and a flow report as JSON, the same way;
 * - `profile`: a built-in profile id, or `#id` of a profile JSON script;
 * - `positions-src`: positions computed ahead of time (`computePositions`),
 *   the same way; with them no layout runs in the browser;
 * - `locality`: the locality shown (changing it later filters the map).
 *
 * Nothing is fetched but those URLs. The element's `viewer` property is the
 * {@link ClusterViewer} handle once loaded; it fires `muster-ready` then,
 * and `muster-error` (with the message shown in the element) on failure.
 * Once the layout is done and the first complete frame is drawn it fires
 * `ready` and sets `data-state="ready"` (`loading`, then `layout`, before;
 * `error` on failure).
 */
import { formatIssues, getBuiltinProfile, isMusterInputError, parseDatasetJson, parseProfile } from '@muster/core';
import type { Profile } from '@muster/core';
import { parsePositions } from './positions.js';
import { createClusterViewer } from './viewer.js';
import type { AuditOverlay, ClusterViewer, FlowOverlay } from './types.js';

const HOST_CSS =
  ':host{display:block;position:relative;min-height:420px;height:480px}.mm-box{width:100%;height:100%}' +
  '.mm-error{padding:12px;color:#8f1d1d;white-space:pre-wrap;font:14px/1.4 system-ui,sans-serif}';

/** Reads a `src`-like attribute: `#id` from the page, else a fetch of the URL. */
async function readSource(element: HTMLElement, source: string): Promise<string> {
  if (source.startsWith('#')) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const script = root.getElementById?.(source.slice(1)) ?? document.getElementById(source.slice(1));
    if (script === null) throw new Error(`no element with id '${source.slice(1)}' in the page`);
    return script.textContent ?? '';
  }
  const response = await fetch(new URL(source, document.baseURI), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  return response.text();
}

function describe(error: unknown): string {
  if (isMusterInputError(error)) return formatIssues(error.issues);
  return error instanceof Error ? error.message : String(error);
}

/** The element's class, for type checks; defined by {@link defineMusterMap}. */
export interface MusterMapElement extends HTMLElement {
  /** The viewer, once the data is loaded. */
  readonly viewer: ClusterViewer | null;
  /** Settles when the current load finishes. */
  readonly ready: Promise<ClusterViewer | null>;
}

/** Registers `<muster-map>` (once; later calls do nothing). Call in a browser only. */
export function defineMusterMap(name = 'muster-map'): void {
  if (customElements.get(name) !== undefined) return;

  class MusterMap extends HTMLElement implements MusterMapElement {
    static observedAttributes = ['src', 'locality', 'profile', 'audit-src', 'flow-src', 'positions-src'];
    viewer: ClusterViewer | null = null;
    ready: Promise<ClusterViewer | null> = Promise.resolve(null);
    #box: HTMLDivElement;
    #generation = 0;
    #scheduled = false;

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = HOST_CSS;
      this.#box = document.createElement('div');
      this.#box.className = 'mm-box';
      shadow.append(style, this.#box);
    }

    connectedCallback(): void {
      this.#schedule();
    }

    disconnectedCallback(): void {
      this.#generation++;
      this.viewer?.destroy();
      this.viewer = null;
    }

    attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
      if (previous === value || !this.isConnected) return;
      if (name === 'locality' && this.viewer !== null) this.viewer.setLocality(value === '' ? null : value);
      else this.#schedule();
    }

    #schedule(): void {
      if (this.#scheduled) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        if (this.isConnected) this.ready = this.#load();
      });
    }

    async #load(): Promise<ClusterViewer | null> {
      const generation = ++this.#generation;
      const src = this.getAttribute('src');
      if (src === null || src === '') return null;
      this.dataset.state = 'loading';
      try {
        // A data block may come after the element in the page: wait until the page is parsed.
        if (document.readyState === 'loading') {
          await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
          if (generation !== this.#generation) return this.viewer;
        }
        const auditSrc = this.getAttribute('audit-src');
        const flowSrc = this.getAttribute('flow-src');
        const positionsSrc = this.getAttribute('positions-src');
        const profileAttribute = this.getAttribute('profile');
        const [data, audit, flow, profileText, positionsText] = await Promise.all([
          readSource(this, src),
          auditSrc ? readSource(this, auditSrc) : Promise.resolve(null),
          flowSrc ? readSource(this, flowSrc) : Promise.resolve(null),
          profileAttribute?.startsWith('#') === true ? readSource(this, profileAttribute) : Promise.resolve(null),
          positionsSrc ? readSource(this, positionsSrc) : Promise.resolve(null),
        ]);
        if (generation !== this.#generation) return this.viewer;
        let profile: Profile | undefined;
        if (profileText !== null) profile = parseProfile(JSON.parse(profileText), profileAttribute ?? 'profile');
        else if (profileAttribute) {
          profile = getBuiltinProfile(profileAttribute);
          if (profile === undefined) throw new Error(`unknown profile '${profileAttribute}'`);
        }
        const dataset = parseDatasetJson(data, profile === undefined ? { file: src } : { file: src, profile });
        const positions = positionsText === null ? null : parsePositions(JSON.parse(positionsText), positionsSrc!);
        this.viewer?.destroy();
        const locality = this.getAttribute('locality');
        this.viewer = createClusterViewer(this.#box, dataset, {
          ...(profile === undefined ? {} : { profile }),
          ...(audit === null ? {} : { audit: JSON.parse(audit) as AuditOverlay }),
          ...(flow === null ? {} : { flow: JSON.parse(flow) as FlowOverlay }),
          locality: locality === '' ? null : locality,
          ...(positions === null ? {} : { layout: { positions: positions.positions } }),
          title: this.getAttribute('aria-label') ?? 'Cluster map',
        });
        this.dataset.state = 'layout';
        this.dispatchEvent(new CustomEvent('muster-ready'));
        const viewer = this.viewer;
        void viewer.ready.then(() => {
          if (this.viewer !== viewer || generation !== this.#generation) return;
          this.dataset.state = 'ready';
          this.dispatchEvent(new CustomEvent('ready'));
        });
        return this.viewer;
      } catch (error) {
        this.viewer?.destroy();
        this.viewer = null;
        const message = document.createElement('div');
        message.className = 'mm-error';
        message.setAttribute('role', 'alert');
        message.textContent = `The map could not be shown: ${describe(error)}`;
        this.#box.replaceChildren(message);
        this.dataset.state = 'error';
        this.dispatchEvent(new CustomEvent('muster-error', { detail: describe(error) }));
        return null;
      }
    }
  }

  customElements.define(name, MusterMap);
}
