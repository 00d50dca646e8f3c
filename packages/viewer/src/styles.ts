/**
 * The viewer's style sheet. Classes are prefixed `mv-`; text is dark on
 * white (contrast above 7:1) and every control shows a 3 px focus outline.
 * Side-panel text wraps between words (a word breaks only when it alone is
 * wider than the panel), and the panel keeps a width where names fit.
 */
export const VIEWER_CSS = `
.mv-root{container-type:inline-size;box-sizing:border-box;display:flex;flex-direction:column;width:100%;height:100%;min-height:420px;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#fff;border:1px solid #c9d0d8;overflow:hidden}
.mv-root *,.mv-root *::before,.mv-root *::after{box-sizing:border-box}
.mv-bar{display:flex;flex-wrap:wrap;gap:6px;padding:6px;border-bottom:1px solid #c9d0d8;background:#f6f8fa;align-items:center}
.mv-bar label{display:flex;flex-direction:column;font-size:12px;color:#3b4450;min-width:0;flex:1 1 110px}
.mv-search{position:relative;flex:2 1 180px}
.mv-root input,.mv-root select,.mv-root button{font:inherit;color:#1b1f24;background:#fff;border:1px solid #6b7683;border-radius:4px;padding:4px 6px;min-height:32px;max-width:100%}
.mv-root button{cursor:pointer}
.mv-root button:hover{background:#eef2f6}
.mv-root :focus-visible{outline:3px solid #1a5fb4;outline-offset:1px}
.mv-root button[aria-pressed="true"]{background:#dbe8f8;border-color:#1a5fb4}
.mv-results{position:absolute;z-index:5;left:0;right:0;top:100%;margin:2px 0 0;padding:0;list-style:none;background:#fff;border:1px solid #6b7683;border-radius:4px;max-height:240px;overflow:auto}
.mv-results:empty{display:none}
.mv-results button{display:block;width:100%;text-align:left;border:0;border-radius:0;overflow-wrap:break-word}
.mv-main{display:flex;flex-wrap:wrap;flex:1 1 auto;min-height:0;overflow:auto}
.mv-stage{position:relative;flex:3 1 300px;min-width:0;min-height:260px}
.mv-stage[hidden]{display:none}
.mv-labels{position:absolute;inset:0;pointer-events:none;z-index:2}
.mv-progress{position:absolute;z-index:3;left:12px;right:12px;top:10px;height:6px;background:#e3e8ee;border-radius:3px;overflow:hidden}
.mv-progress[hidden]{display:none}
.mv-progress span{display:block;height:100%;width:0;background:#1a5fb4}
.mv-table{flex:3 1 300px;min-width:0;overflow:auto;padding:8px}
.mv-table[hidden]{display:none}
.mv-table table{border-collapse:collapse;font-size:13px;margin-bottom:12px}
.mv-table caption{text-align:left;font-weight:600;padding:4px 0}
.mv-table th,.mv-table td{border:1px solid #c9d0d8;padding:2px 6px;text-align:start;vertical-align:top}
.mv-table th{background:#f6f8fa}
.mv-side{flex:1 1 230px;min-width:min(230px,100%);max-width:100%;padding:8px;border-left:1px solid #c9d0d8;overflow:auto;max-height:100%;overflow-wrap:break-word;hyphens:manual}
.mv-section summary{cursor:pointer;list-style-position:outside;margin-left:14px}
.mv-section summary h3{display:inline}
.mv-missing-group{padding:2px 4px;color:#8f1d1d}
.mv-side h3{font-size:13px;margin:8px 0 4px;color:#1b1f24}
.mv-side ul{list-style:none;margin:0;padding:0}
.mv-legend button,.mv-list button{display:flex;flex-wrap:wrap;align-items:center;gap:2px 6px;width:100%;text-align:start;border-color:transparent;padding:2px 4px;min-height:28px;overflow-wrap:break-word}
.mv-swatch{flex:none;width:12px;height:12px;border-radius:50%;border:1px solid #0003}
.mv-count{margin-left:auto;font-variant-numeric:tabular-nums}
.mv-missing{color:#8f1d1d;font-weight:600}
.mv-badge{font-size:11px;border:1px solid #8f1d1d;color:#8f1d1d;border-radius:3px;padding:0 3px;margin-left:4px}
.mv-tooltip{position:absolute;z-index:4;pointer-events:none;max-width:260px;background:#fff;border:1px solid #6b7683;border-radius:4px;padding:6px 8px;box-shadow:0 2px 6px #0003;font-size:13px;overflow-wrap:break-word}
.mv-tooltip[hidden]{display:none}
.mv-tooltip strong,.mv-info strong{display:block}
.mv-muted{color:#4a5360}
.mv-flow{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.mv-flow input[type=range]{flex:1 1 120px;min-width:0}
.mv-date{font-variant-numeric:tabular-nums;font-weight:600}
.mv-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{.mv-bar,.mv-progress,.mv-tooltip,.mv-flow button{display:none}.mv-root{border:0;height:auto;min-height:0;print-color-adjust:exact;-webkit-print-color-adjust:exact}.mv-main{display:block;overflow:visible}.mv-stage{height:15cm;break-inside:avoid;border:1px solid #c9d0d8}.mv-side{border:0;max-height:none;overflow:visible;columns:2 8cm;column-gap:1cm}.mv-section{break-inside:avoid}.mv-legend button,.mv-list button{border:0;min-height:0}}
@container (max-width:480px){.mv-side{border-left:0;border-top:1px solid #c9d0d8;flex-basis:100%}}
`;
