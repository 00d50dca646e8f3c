/**
 * Seeded pseudo-random numbers: sfc32 (Chris Doty-Humphrey's Small Fast
 * Counter generator, from PractRand), seeded through splitmix32 so that
 * neighbouring seeds give unrelated streams. Everything random in Muster
 * takes one of these, so the same seed gives the same result.
 */

/** A source of uniform numbers in [0, 1), like `Math.random`. */
export type Rng = () => number;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A seeded generator of numbers in [0, 1). The same seed gives the same sequence. */
export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  // State kept as signed 32-bit integers (`| 0`), so V8 never boxes it into heap numbers.
  let a = init() | 0;
  let b = init() | 0;
  let c = init() | 0;
  let d = init() | 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next();
  return () => next() / 4294967296;
}

/** A whole number in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}
