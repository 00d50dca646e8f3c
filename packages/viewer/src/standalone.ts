/**
 * A self-contained HTML page: the `<muster-map>` bundle inlined, the
 * dataset (and an audit and a flow, if given) embedded as JSON in
 * `<script type="application/json">` blocks the element reads by id, and a
 * Content-Security-Policy that allows that one script (by hash) and no
 * network at all; and the map's positions computed ahead of time
 * (`computePositions`), so that the page only draws. Free of Node and DOM
 * APIs: runs in the CLI and in pages.
 *
 * @module @muster/viewer/standalone
 */
import { escapeHtml } from '@muster/core';
import { sha256Base64 } from './sha256.js';

export { computePositions, parsePositions, positionsToJson } from './positions.js';
export type { StoredPositions } from './types.js';

export interface StandaloneHtmlOptions {
  /** The dataset in core's one-file JSON form (`datasetToJson`). */
  datasetJson: string;
  /** An audit report as JSON (`renderAuditJson`), shown as the overlay. */
  auditJson?: string;
  /** A flow report as JSON (`renderFlowJson`), ready to play. */
  flowJson?: string;
  /** Positions computed ahead of time (`positionsToJson(computePositions(…))`): the page then runs no layout. */
  positionsJson?: string;
  /** The text of `@muster/viewer/bundle` (`dist/muster-map.js`). */
  bundle: string;
  /** The page's title. */
  title: string;
  /** The locality shown first. */
  locality?: string;
  /** A built-in profile id (the dataset's own profile applies otherwise). */
  profile?: string;
}

/**
 * JSON made safe inside a `<script>` element: `<`, `>` and `&` (so no
 * `</script>` or `<!--` can end or confuse the element), DEL, the C1 controls
 * and U+2028/U+2029 written as `\u` escapes. It stays valid JSON with the same value.
 */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/[<>&\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Checks that a text parses as JSON (so a mistake fails here, not in the reader's browser). */
function checkedJson(text: string, what: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    throw new Error(`${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return escapeJsonForHtml(text.trim());
}

/** A map ready to put into a page: its markup and the hash of its one script, for the page's CSP. */
export interface MapEmbed {
  /** The `<muster-map>` element, its data blocks and the inlined bundle. */
  html: string;
  /** Base64 SHA-256 of the inlined script, for `script-src 'sha256-…'`. */
  scriptHash: string;
}

/**
 * The map as markup to embed in a page of one's own (the audit's HTML
 * report uses it): data in JSON blocks, the bundle inlined. The page must
 * allow the script by its hash.
 */
export function renderMapEmbed(options: Omit<StandaloneHtmlOptions, 'title'> & { label: string }): MapEmbed {
  // esbuild writes `<\/script` inside strings; a raw one would end the element early.
  const bundle = options.bundle.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const blocks = [
    `<script type="application/json" id="muster-dataset">${checkedJson(options.datasetJson, 'the dataset')}</script>`,
  ];
  const attributes = [`src="#muster-dataset"`, `aria-label="${escapeHtml(options.label)}"`];
  if (options.auditJson !== undefined) {
    blocks.push(
      `<script type="application/json" id="muster-audit">${checkedJson(options.auditJson, 'the audit')}</script>`,
    );
    attributes.push('audit-src="#muster-audit"');
  }
  if (options.flowJson !== undefined) {
    blocks.push(
      `<script type="application/json" id="muster-flow">${checkedJson(options.flowJson, 'the flow')}</script>`,
    );
    attributes.push('flow-src="#muster-flow"');
  }
  if (options.positionsJson !== undefined) {
    blocks.push(
      `<script type="application/json" id="muster-positions">${checkedJson(options.positionsJson, 'the positions')}</script>`,
    );
    attributes.push('positions-src="#muster-positions"');
  }
  if (options.locality !== undefined) attributes.push(`locality="${escapeHtml(options.locality)}"`);
  if (options.profile !== undefined) attributes.push(`profile="${escapeHtml(options.profile)}"`);
  return {
    html: `<muster-map ${attributes.join(' ')}></muster-map>\n${blocks.join('\n')}\n<script>${bundle}</script>`,
    scriptHash: sha256Base64(bundle),
  };
}

/** Writes the page; the result opens from disk, offline. */
export function renderStandaloneHtml(options: StandaloneHtmlOptions): string {
  const map = renderMapEmbed({ ...options, label: options.title });
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${map.scriptHash}'`,
    // The layout's Web Worker runs from a blob: URL made by the page's own script; nothing is fetched.
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<style>html,body{margin:0;height:100%}body{display:flex;flex-direction:column;font:14px system-ui,sans-serif}h1{font-size:18px;margin:8px 12px}muster-map{flex:1 1 auto;height:auto;min-height:420px}
@media print{@page{size:A4 landscape;margin:12mm}html,body{height:auto}body{display:block}h1{margin:0 0 6mm}muster-map{height:auto;min-height:0}}</style>
</head>
<body>
<h1>${escapeHtml(options.title)}</h1>
${map.html}
</body>
</html>
`;
}
