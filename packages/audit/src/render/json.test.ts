import { describe, expect, it } from 'vitest';
import { renderJson } from './json.js';
import { firthValleyAudit } from '../test-example.js';

describe('renderJson', () => {
  const report = firthValleyAudit();

  it('writes the report contract, two-space indented, with one final newline', () => {
    const text = renderJson(report);
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "profile": "public-service-innovation",')).toBe(true);
  });

  it('parses back to the same report, numbers included', () => {
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });

  it('gives identical text for the same data and seed', () => {
    const again = firthValleyAudit();
    expect(renderJson(again)).toBe(renderJson(report));
  });
});
