import { parseDatasetFiles } from '@muster/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditCluster } from '../audit.js';
import type { AuditReport } from '../report.js';
import { HTML_CSP, renderHtml } from './html.js';
import { firthValleyAudit } from '../test-example.js';

/** Every start tag, with its attributes. */
function tags(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
}

/** Values of an attribute across the page. */
function attributes(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'gi'))].map(
    (m) => m[2] ?? m[3] ?? m[4] ?? '',
  );
}

/** Tags that carry an event handler attribute (quoted attribute values, being escaped, are left out). */
function eventHandlers(html: string): string[] {
  return (html.match(/<[a-z][^>]*>/gi) ?? []).filter((tag) => /\son\w+\s*=/i.test(tag.replace(/"[^"]*"/g, '""')));
}

/** The text of a locality's section. */
function localitySection(html: string, report: AuditReport, name: string): string {
  const i = report.localities.findIndex((l) => l.locality === name);
  const start = html.indexOf(`<section class="locality" id="l${i + 1}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('renderHtml on the Firth Valley report', () => {
  const report = firthValleyAudit();
  const html = renderHtml(report);

  it('is one page that fetches nothing and runs nothing', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`);
    expect(HTML_CSP).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(link|iframe|object|embed|img|base|form)\b/i);
    expect(html).not.toMatch(/url\(|@import/i);
    for (const attribute of ['src', 'href', 'xlink:href', 'action', 'srcset', 'data']) {
      for (const value of attributes(html, attribute)) {
        expect(value, `${attribute}="${value}"`).not.toMatch(/^\s*(https?:|\/\/|javascript:)/i);
        expect(value).toMatch(/^#/);
      }
    }
    expect(html).not.toMatch(/https?:|(?<![:/])\/\/[a-z]/i);
  });

  it('links only to anchors that exist, and ids are unique', () => {
    const ids = attributes(html, 'id');
    expect(new Set(ids).size).toBe(ids.length);
    for (const href of attributes(html, 'href')) expect(ids).toContain(href.slice(1));
  });

  it('compares the localities first', () => {
    const comparison = html.indexOf('<h2 id="comparison-h">Comparison</h2>');
    expect(comparison).toBeGreaterThan(0);
    expect(comparison).toBeLessThan(html.indexOf('<section class="locality"'));
    expect(html).toContain('<td class="wide">Service designers, Investors, Change experts</td>');
    expect(html).toContain('<td>Bilal Ahmed</td>');
  });

  it('draws a coverage chart and a community chart per locality, as labelled images', () => {
    const svgs = tags(html, 'svg');
    expect(svgs).toHaveLength(2 * report.localities.length);
    for (const svg of svgs) {
      expect(svg).toContain('role="img"');
      expect(svg).toMatch(/aria-labelledby="[^"]+-title [^"]+-desc"/);
      expect(svg).not.toContain('xmlns');
    }
    expect(html.match(/<title id="[^"]+">Role coverage in /g)).toHaveLength(3);
    const hollinwell = localitySection(html, report, 'Hollinwell');
    expect(hollinwell.match(/0 · missing \(1 required\)/g)).toHaveLength(3);
    expect(hollinwell).toContain('1 · thin (2 recommended)');
    expect(hollinwell).toContain('<strong>Service designers</strong>: nobody plays this role');
  });

  it('draws the role-to-role reach heat map with statuses in words', () => {
    const saltcote = localitySection(html, report, 'Saltcote');
    expect(saltcote).toContain('<table class="heat">');
    expect(saltcote.match(/<td class="st-distant"[^>]*><b>\d<\/b><small>too far<\/small><\/td>/g)).toHaveLength(24);
    expect(saltcote).toContain('<strong>too far</strong>: farther apart than wanted');
    const hollinwell = localitySection(html, report, 'Hollinwell');
    expect(hollinwell).toContain('<small>missing</small>');
    expect(hollinwell).not.toContain('<td class="st-distant"');
  });

  it('gives every table header a scope', () => {
    const headers = tags(html, 'th');
    expect(headers.length).toBeGreaterThan(100);
    for (const th of headers) expect(th).toMatch(/scope="(row|col)"/);
  });

  it('shows brokers, silos, findings and recommendations', () => {
    const saltcote = localitySection(html, report, 'Saltcote');
    expect(saltcote).toMatch(
      /<th scope="row">Bilal Ahmed <span class="id">sc09<\/span><\/th><td>Senior officials<\/td><td class="wide">14 pairs of roles could no longer reach each other; 21 actors would be cut off/,
    );
    expect(saltcote.match(/<span class="badge silo">Silo<\/span>/g)).toHaveLength(3);
    expect(saltcote).toContain('<strong>Community 2</strong>, 21 actors: Service users 13, Stakeholder groups 8.');
    expect(saltcote.match(/<span class="badge warning">Warning<\/span>/g)).toHaveLength(14);
    for (const rec of report.localities[2]!.recommendations)
      expect(saltcote).toContain(rec.reason.replace(/'/g, '&#39;'));
    expect(html).toContain('<h2 id="limits-h">What this audit cannot know</h2>');
  });

  it('is identical for the same report', () => {
    expect(renderHtml(report)).toBe(html);
    expect(renderHtml(structuredClone(report))).toBe(html);
  });

  it('takes a title, escaped, and puts the map in its marked place', () => {
    const page = renderHtml(report, {
      title: 'Audit <2025> & "more"',
      mapHtml: '<svg role="img"><title>Map</title></svg>',
    });
    expect(page).toContain('<title>Audit &lt;2025&gt; &amp; &quot;more&quot;</title>');
    expect(page).toContain('<h1>Audit &lt;2025&gt; &amp; &quot;more&quot;</h1>');
    const marker = page.indexOf('<!-- map:');
    const map = page.indexOf('<section class="map" aria-labelledby="map-h"><h2 id="map-h">Map</h2><svg role="img">');
    expect(marker).toBeGreaterThan(page.indexOf('Comparison</h2>'));
    expect(map).toBeGreaterThan(marker);
    expect(page.indexOf('<!-- end of map -->')).toBeGreaterThan(map);
    expect(html).not.toContain('class="map"');
  });
});

describe('renderHtml escapes every string from the data', () => {
  const payloads = {
    img: '<img src=x onerror=alert(1)>',
    script: '</script><script>alert(1)</script>',
    quotes: `"quotes'`,
    town: '<b>Town</b> & "Co"',
    id: `x"><svg onload=alert(1)>`,
  };
  let html: string;
  beforeAll(() => {
    const q = (text: string): string => `"${text.replace(/"/g, '""')}"`;
    const dataset = parseDatasetFiles({
      'actors.csv': [
        'id,name,role,locality',
        `p1,${q(payloads.img)},politician,${q(payloads.town)}`,
        `b1,${q(payloads.quotes)},senior official,${q(payloads.town)}`,
        `u1,${q(payloads.script)},service user,${q(payloads.town)}`,
        `${q(payloads.id)},Ida,researcher,${q(payloads.town)}`,
        'q1,Quiet,politician,Other',
        'q2,Calm,service user,Other',
      ].join('\n'),
      'ties.csv': ['source,target', 'p1,b1', 'b1,u1', `u1,${q(payloads.id)}`, 'q1,q2'].join('\n'),
    });
    html = renderHtml(auditCluster(dataset, { seed: 1 }));
  });

  it('writes none of the payloads raw', () => {
    for (const payload of Object.values(payloads)) expect(html).not.toContain(payload);
    expect(html).not.toMatch(/<script|<img|<b>Town|<svg onload/i);
    expect(eventHandlers(html)).toEqual([]);
    expect(eventHandlers(`<p>${payloads.img}</p>`)).toEqual([payloads.img]);
  });

  it('writes them escaped, where they belong', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;quotes&#39;');
    expect(html).toContain('&lt;b&gt;Town&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(html).toContain('x&quot;&gt;&lt;svg onload=alert(1)&gt;');
    // In attributes too: the reach table's accessible name holds the locality.
    expect(html).toContain('aria-label="Reach between roles in &lt;b&gt;Town&lt;/b&gt; &amp; &quot;Co&quot;"');
    // A finding's message names the broker.
    expect(html).toMatch(/runs through &quot;quotes&#39; \(b1\)/);
  });

  it('keeps the page well formed: every quoted attribute closes before the tag ends', () => {
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
      expect((tag.match(/"/g) ?? []).length % 2, tag).toBe(0);
    }
  });
});

describe('renderHtml escapes what comes from a profile', () => {
  let html: string;
  beforeAll(() => {
    const profile = {
      id: 'hostile-profile',
      label: '<script>alert("label")</script>',
      roles: [
        { id: 'volunteer', label: '<img src=x onerror=alert(2)> Volunteers' },
        { id: 'adviser', label: `Advisers "A" & 'B'` },
      ],
      rules: [
        { type: 'minCount', role: 'volunteer', min: 2 },
        { type: 'minCount', role: 'adviser', min: 1 },
        { id: '<i>close</i>', type: 'maxDistance', roles: ['volunteer', 'adviser'], max: 1 },
      ],
    };
    const dataset = parseDatasetFiles({
      'profile.json': JSON.stringify(profile),
      'actors.csv': 'id,name,role,locality\nv1,Val,volunteer,Town\nv2,Vic,volunteer,Town\na1,Ann,adviser,Town\n',
      'ties.csv': 'source,target\nv1,v2\n',
    });
    html = renderHtml(auditCluster(dataset, { seed: 1 }));
  });

  it('escapes the profile label, role labels and rule ids', () => {
    expect(html).not.toMatch(/<script|<img|<i>close/i);
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;label&quot;)&lt;/script&gt;: cluster audit</title>');
    expect(html).toContain('<th scope="row">&lt;img src=x onerror=alert(2)&gt; Volunteers <span class="swatch"');
    expect(html).toContain('Advisers &quot;A&quot; &amp; &#39;B&#39;');
    expect(html).toContain('rule &lt;i&gt;close&lt;/i&gt;');
    expect(eventHandlers(html)).toEqual([]);
  });
});
