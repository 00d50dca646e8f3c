import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateFiles } from './generate.js';

describe('the Firth Valley example', () => {
  it('is exactly what its generator writes from the fixed seed', () => {
    for (const [file, text] of Object.entries(generateFiles())) {
      expect(readFileSync(new URL(file, import.meta.url), 'utf8'), file).toBe(text);
    }
  });
});
