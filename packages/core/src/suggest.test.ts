import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest.js';

describe('suggestions', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('desinger', 'designer')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only close candidates', () => {
    expect(closest('desiner', ['politician', 'service-designer', 'designer'])).toBe('designer');
    expect(closest('zzzz', ['politician', 'designer'])).toBeUndefined();
    expect(closest('A17', ['a17', 'a71'])).toBe('a17');
    expect(closest('multi-agency', ['public-service-innovation', 'multi-agency-care'])).toBe('multi-agency-care');
  });
});
