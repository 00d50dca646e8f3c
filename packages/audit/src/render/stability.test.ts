import { describe, expect, it } from 'vitest';
import { firthValleyAudit } from '../test-example.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';

describe('stability and stage in the Markdown and HTML reports', () => {
  const plain = firthValleyAudit();
  const report = firthValleyAudit({ localities: ['Saltcote'], stability: { resamples: 10 } });
  const saltcote = report.localities[0]!;

  it('marks each finding, and says once what a low number means', () => {
    const md = renderMarkdown(report);
    const findings = md.slice(md.indexOf('### Findings'), md.indexOf('### Recommendations'));
    expect(findings.split('\n').filter((line) => line.startsWith('- ')).length).toBe(saltcote.findings.length);
    expect(findings.split('\n').filter((line) => /holds in \d+ % of resamples/.test(line)).length).toBe(
      saltcote.findings.length,
    );
    expect(md.match(/A low number means/g)?.length).toBe(1);
    expect(renderHtml(report).match(/A low number means/g)?.length).toBe(1);
    expect(renderMarkdown(plain)).not.toMatch(/resamples/);
    expect(renderHtml(plain)).not.toMatch(/resamples/);
  });

  it('puts unstable findings and advice after stable ones', () => {
    const shaken = structuredClone(report);
    const l = shaken.localities[0]!;
    l.findings[0]!.stability = 0.1;
    l.findings[0]!.message = 'THE SHAKY ONE';
    l.recommendations[0]!.stability = 0.2;
    const md = renderMarkdown(shaken);
    const findings = md.slice(md.indexOf('### Findings'), md.indexOf('### Recommendations')).trim().split('\n');
    expect(findings.at(-1)).toMatch(/THE SHAKY ONE.*holds in 10 % of resamples/);
    const html = renderHtml(shaken);
    expect(html.indexOf('THE SHAKY ONE')).toBeGreaterThan(html.indexOf(l.findings[1]!.message.replace(/'/g, '&#39;')));
    expect(html).toContain('<span class="holds unstable">holds in 10 % of resamples</span>');
  });

  it("names the network's stage with its evidence, and the weavers", () => {
    const md = renderMarkdown(plain);
    expect(md.match(/^Stage: /gm)?.length).toBe(3);
    expect(md).toContain('Stage: multi-hub — no one actor holds the network together');
    const kelderbridge = plain.localities[0]!;
    expect(kelderbridge.network.weavers!.length).toBeGreaterThan(0);
    expect(md).toContain(kelderbridge.network.weavers![0]!.reason);
    expect(renderHtml(plain)).toContain('Stage and weavers');
  });
});
