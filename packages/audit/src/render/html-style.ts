/**
 * The HTML report's style sheet, inlined into the page (the page loads
 * nothing). Colours meet WCAG AA contrast for their text; every colour
 * that carries meaning is paired with a word or a symbol.
 */

/** Colours of the role-link statuses, shared by the heat map and its legend. */
export const STATUS_COLOURS = {
  connected: { fill: '#cdeccf', text: '#14532d' },
  distant: { fill: '#fde3a7', text: '#6b3d00' },
  disconnected: { fill: '#f8c9c5', text: '#8a1c17' },
  absent: { fill: '#eceff3', text: '#4b5563' },
} as const;

/** Colours of role coverage bars. */
export const COVERAGE_COLOURS = {
  present: '#2563a8',
  thin: '#975a00',
  missing: '#b42318',
  grid: '#d5dae1',
  marker: '#1f2937',
  text: '#1f2937',
  muted: '#4b5563',
} as const;

export const CSS = `
:root { color-scheme: light; --ink: #1f2937; --muted: #4b5563; --line: #d5dae1; --soft: #f4f6f8;
  --accent: #1d4f91; --error: #b42318; --error-bg: #fee4e2; --warning: #7a4a00; --warning-bg: #fff0c2;
  --info: #1d4f91; --info-bg: #e1ecfb; --ok: #14532d; --ok-bg: #d7f0dc; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); background: #fff; }
.page { max-width: 70rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible, summary:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .3rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 1rem; }
h3 { font-size: 1.15rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
p { margin: .5rem 0; }
ul, ol { padding-left: 1.4rem; }
li { margin: .3rem 0; }
.sub, .note, .muted { color: var(--muted); }
.note { font-size: .9rem; }
header.masthead { border-bottom: 4px solid var(--accent); padding-bottom: 1rem; margin-bottom: 1.5rem; }
nav.toc ul { list-style: none; padding: 0; margin: .8rem 0 0; display: flex; flex-wrap: wrap; gap: .5rem; }
nav.toc a { display: inline-block; padding: .3rem .7rem; border: 1px solid var(--line); border-radius: 999px;
  text-decoration: none; background: var(--soft); }
nav.toc a:hover { border-color: var(--accent); }
section.block { margin: 0 0 2.5rem; }
section.locality { border-top: 1px solid var(--line); padding-top: 1.5rem; margin-top: 2.5rem; }
.score-pill { display: inline-block; font-size: .95rem; font-weight: 600; vertical-align: middle;
  padding: .1rem .6rem; border-radius: 999px; margin-left: .4rem; color: #fff; background: var(--accent); }
.score-pill.low { background: var(--error); }
.score-pill.mid { background: #8a5300; }
.score-pill.high { background: #166534; }
.scroll { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; }
table { border-collapse: collapse; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; caption-side: top; }
th, td { padding: .4rem .6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) { background: #fafbfc; }
.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 19rem), 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: .6rem; padding: 1rem; background: #fff; }
.score-big { display: flex; align-items: baseline; gap: .5rem; margin: 0 0 .6rem; }
.score-big strong { font-size: 2.8rem; line-height: 1; }
.parts { margin: 0; }
.parts dt { font-weight: 600; margin-top: .6rem; display: flex; justify-content: space-between; gap: .5rem; }
.parts dd { margin: .15rem 0 0; color: var(--muted); font-size: .9rem; }
.meter { display: block; height: .55rem; background: var(--soft); border: 1px solid var(--line); border-radius: 999px;
  overflow: hidden; margin: .2rem 0; }
.meter > span { display: block; height: 100%; background: var(--accent); }
dl.figures { display: grid; grid-template-columns: 1fr auto; gap: .35rem 1rem; margin: 0; }
dl.figures dt { color: var(--muted); }
dl.figures dd { margin: 0; text-align: right; font-weight: 600; font-variant-numeric: tabular-nums; }
figure { margin: .5rem 0 1rem; }
figcaption { font-size: .9rem; color: var(--muted); margin-top: .3rem; }
svg.chart { display: block; width: 100%; max-width: 28rem; height: auto; }
td.wide { min-width: 13rem; }
svg.chart text { font-family: inherit; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none; padding: 0; margin: .4rem 0; font-size: .9rem; }
.legend li { display: flex; align-items: center; gap: .35rem; margin: 0; }
.swatch { display: inline-block; width: 1rem; height: 1rem; border-radius: .2rem; border: 1px solid rgba(0,0,0,.25); flex: none; }
.swatch.tick { width: .2rem; border: 0; background: ${COVERAGE_COLOURS.marker}; }
.swatch.tick.dashed { background: repeating-linear-gradient(to bottom, ${COVERAGE_COLOURS.marker} 0 3px, transparent 3px 6px); }
table.heat th, table.heat td { text-align: center; padding: .25rem; border: 1px solid #fff; }
table.heat thead th { vertical-align: bottom; border-bottom: 2px solid var(--ink); }
table.heat thead th.col span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; display: inline-block;
  max-height: 15rem; overflow: hidden; text-overflow: ellipsis; font-weight: 600; }
table.heat tbody th { text-align: right; white-space: nowrap; font-weight: 600; }
table.heat td { min-width: 3.6rem; font-variant-numeric: tabular-nums; line-height: 1.15; }
table.heat td b { display: block; font-size: 1.05rem; }
table.heat td small { display: block; font-size: .72rem; }
table.heat tbody tr:nth-child(even) { background: none; }
${Object.entries(STATUS_COLOURS)
  .map(([s, c]) => `.st-${s} { background: ${c.fill}; color: ${c.text}; }`)
  .join('\n')}
.st-absent { background: repeating-linear-gradient(135deg, ${STATUS_COLOURS.absent.fill} 0 6px, #f8f9fb 6px 12px); }
.st-self { background: var(--soft); color: var(--muted); }
.badge { display: inline-block; font-size: .78rem; font-weight: 700; letter-spacing: .02em; text-transform: uppercase;
  padding: .05rem .45rem; border-radius: .3rem; margin-right: .4rem; white-space: nowrap; vertical-align: .05rem; }
.badge.error { color: var(--error); background: var(--error-bg); }
.badge.warning { color: var(--warning); background: var(--warning-bg); }
.badge.info { color: var(--info); background: var(--info-bg); }
.badge.silo { color: var(--error); background: var(--error-bg); }
.badge.ok { color: var(--ok); background: var(--ok-bg); }
ul.findings, ol.recs { list-style: none; padding: 0; }
ul.findings li { padding: .45rem 0; border-bottom: 1px solid var(--soft); }
ol.recs { counter-reset: rec; }
ol.recs > li { counter-increment: rec; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: .4rem;
  padding: .7rem .9rem; margin: .6rem 0; }
ol.recs > li > p:first-child::before { content: counter(rec) ". "; font-weight: 700; }
ol.recs p { margin: .25rem 0; }
.rec-title { font-weight: 700; }
.ok-line { color: var(--ok); }
details { margin: 1rem 0; border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .8rem; }
summary { cursor: pointer; font-weight: 600; }
.id { color: var(--muted); font-size: .85em; }
.holds { color: var(--muted); font-size: .85em; white-space: nowrap; }
.holds.unstable { color: var(--warning); font-weight: 700; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; border: 0; }
.map { margin: 0 0 2.5rem; }
footer { border-top: 1px solid var(--line); margin-top: 3rem; padding-top: 1rem; color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) {
  .page { padding: 1rem .75rem 2rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.3rem; }
  th, td { padding: .3rem .4rem; }
  table { font-size: .88rem; }
}
@media print {
  @page { margin: 15mm; }
  body { background: #fff; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  section.locality { break-before: page; }
  nav.toc { display: none; }
  h2, h3 { break-after: avoid; }
  tr, figure, svg, ol.recs > li, details { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .map muster-map { height: 15cm; }
}
`;
