/**
 * `renderStandaloneHtml`: data embedded so that no value can end its script
 * element, a CSP naming the one inline script by its hash, and nothing
 * loaded from anywhere.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeJsonForHtml, renderStandaloneHtml } from '../src/standalone.js';
import { sha256Base64 } from '../src/sha256.js';

describe('sha256Base64', () => {
  it('agrees with node:crypto', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
      }),
    );
    for (const length of [0, 55, 56, 63, 64, 65, 1000]) {
      const text = 'é'.repeat(length);
      expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
    }
  });
});

describe('escapeJsonForHtml', () => {
  it('keeps the JSON value and leaves no <, >, & or line separators', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value);
        const escaped = escapeJsonForHtml(json);
        expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
        expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
      }),
    );
    expect(escapeJsonForHtml('"</script><!--\u2028"')).toBe('"\\u003c/script\\u003e\\u003c!--\\u2028"');
  });
});

describe('renderStandaloneHtml', () => {
  const hostile = '<img src=x onerror=alert(1)></script>"\'&';
  const page = renderStandaloneHtml({
    datasetJson: JSON.stringify({ actors: [{ id: 'a', name: hostile }], ties: [] }),
    flowJson: '{"idea":"x","title":"</script>","adoptions":[]}',
    bundle: 'var s="</script>";console.log(s)',
    title: hostile,
    locality: '"><script>',
  });

  it('has exactly one executable script, allowed by its hash, and no network source', () => {
    const scripts = [...page.matchAll(/<script(?: [^>]*)?>/g)].map((m) => m[0]);
    expect(scripts.filter((s) => !s.includes('application/json'))).toEqual(['<script>']);
    const body = page.slice(page.lastIndexOf('<script>') + 8, page.lastIndexOf('</script>'));
    expect(body).toBe('var s="<\\/script>";console.log(s)');
    const csp = /content="([^"]*)"/.exec(page)![1]!.replace(/&#39;/g, "'");
    expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    expect(csp).toContain("default-src 'none'");
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('escapes data in JSON blocks and attributes', () => {
    // The only `</script>` sequences close the three script elements.
    expect(page.match(/<\/script>/g)).toHaveLength(3);
    expect(page).not.toContain('<img');
    expect(page).toContain('locality="&quot;&gt;&lt;script&gt;"');
    const json = /<script type="application\/json" id="muster-dataset">(.*?)<\/script>/s.exec(page)![1]!;
    expect(JSON.parse(json).actors[0].name).toBe(hostile);
  });

  it('refuses data that is not JSON', () => {
    expect(() => renderStandaloneHtml({ datasetJson: '{', bundle: '', title: 't' })).toThrow(
      /dataset is not valid JSON/,
    );
  });
});
