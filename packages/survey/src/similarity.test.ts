import { describe, expect, it } from 'vitest';
import { nameTokens } from './names.js';
import { compareNames, jaroWinkler } from './similarity.js';

const compare = (a: string, b: string) => compareNames(nameTokens(a), nameTokens(b));

describe('jaroWinkler', () => {
  it("gives the textbook values (Winkler's examples)", () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
  });

  it('is 1 for equal strings, 0 for nothing in common, and symmetric', () => {
    expect(jaroWinkler('hale', 'hale')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('marsh', 'marsch')).toBeCloseTo(jaroWinkler('marsch', 'marsh'), 12);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(jaroWinkler('😀a', '😀b')).toBeCloseTo(jaroWinkler('xa', 'xb'), 12);
  });
});

describe('compareNames', () => {
  it('scores the same name once normalised 1', () => {
    expect(compare('Cllr Ann Hale', 'Hale, Ann')).toEqual({ score: 1, reasons: ['same'] });
  });

  it('scores fitting initials 0.9', () => {
    expect(compare('A. Hale', 'Ann Hale')).toEqual({ score: 0.9, reasons: ['initial'] });
    expect(compare('Ann H.', 'Ann Hale')).toEqual({ score: 0.9, reasons: ['initial'] });
    expect(compare('B. Hale', 'Ann Hale').score).toBe(0);
  });

  it('sees a typo in a first name as likely, and a different first name as not', () => {
    expect(compare('Anne Hale', 'Ann Hale').score).toBeGreaterThan(0.9);
    expect(compare('Ian Hale', 'Ann Hale').score).toBeLessThan(0.75);
  });

  it('counts surname differences twice: Hale and Hall are unsure, not merged', () => {
    const score = compare('Ann Hall', 'Ann Hale').score;
    expect(score).toBeGreaterThan(0.7);
    expect(score).toBeLessThan(0.85);
    expect(compare('Dev Patell', 'Dev Patel').score).toBeGreaterThan(0.85);
  });

  it('puts Bob and Rob (both Robert) in the unsure band', () => {
    expect(compare('Rob Marsh', 'Bob Marsh')).toEqual({
      score: 0.8,
      reasons: ['nickname'],
      nickname: 'Rob and Bob are both short for Robert',
    });
    expect(compare('Bill Marsh', 'William Marsh').nickname).toBe('Bill is short for William');
  });

  it('gives a one-word name 0.75 at most', () => {
    expect(compare('Ann', 'Ann Hale')).toEqual({ score: 0.75, reasons: ['one-name'] });
    expect(compare('Hale', 'Ann Hale').score).toBe(0.75);
    expect(compare('Bob', 'Ann Hale').score).toBe(0);
    expect(compare('Ann', 'Anne').score).toBeLessThanOrEqual(0.8);
  });

  it('notices names in the other order, and middle names', () => {
    expect(compare('Hale Ann', 'Ann Hale')).toEqual({ score: 0.8, reasons: ['order'] });
    expect(compare('Ann Marie Hale', 'Ann Hale')).toEqual({ score: 0.95, reasons: ['middle-name'] });
    expect(compare('Ann M. Hale', 'Ann Marie Hale').score).toBe(1 * 1 * 1);
    expect(compare('Ann B Hale', 'Ann C Hale').score).toBe(0.6);
  });

  it('is 0 for an empty name', () => {
    expect(compareNames([], ['ann']).score).toBe(0);
  });
});
