import { describe, expect, it } from 'vitest';
import { FIRTH_VALLEY, MEDICAL_INNOVATION, run } from './test-run.js';

describe('muster flow', () => {
  it('traces an idea of the example as Markdown and as the JSON contract', async () => {
    const md = await run(['flow', FIRTH_VALLEY, '--idea', 'cwb']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('Did it reach the decision makers?');
    const json = JSON.parse((await run(['flow', FIRTH_VALLEY, '--idea', 'cwb', '--format', 'json'])).stdout);
    expect(json).toMatchObject({ schemaVersion: 1, idea: 'cwb', adopters: 84 });
    expect(json.localities.map((l: { locality: string; adopters: number }) => [l.locality, l.adopters])).toEqual([
      ['Kelderbridge', 63],
      ['Hollinwell', 21],
      ['Saltcote', 0],
    ]);
    expect(
      json.crossings.every((c: { from: string; to: string }) => c.from === 'Kelderbridge' && c.to === 'Hollinwell'),
    ).toBe(true);
  });

  it('traces tetracycline through the medical-innovation physicians', async () => {
    const json = JSON.parse((await run(['flow', MEDICAL_INNOVATION, '--idea', 'tetracycline', '-f', 'json'])).stdout);
    expect(json.adopters).toBe(109);
    expect(json.curve[0].date).toBe('1');
    expect(json.curve[json.curve.length - 1]).toEqual({ date: '17', cumulative: 109 });
  });

  it('simulates with the same numbers for the same seed, and judges what-ifs and seeds', async () => {
    const args = [
      'flow',
      FIRTH_VALLEY,
      '--idea',
      'rkw',
      '--simulate',
      '--p',
      '0.2',
      '--runs',
      '500',
      '--seed',
      '4',
      '-f',
      'json',
    ];
    const a = await run(args);
    expect(a.code, a.stderr).toBe(0);
    expect((await run(args)).stdout).toBe(a.stdout);
    const sim = JSON.parse(a.stdout).simulation;
    expect(sim).toMatchObject({ model: 'ic', runs: 500, seed: 4, p: 0.2 });
    expect(sim.ci95[0]).toBeLessThanOrEqual(sim.expectedReach);
    const judged = JSON.parse((await run([...args, '--what-if-introductions', '--seeds', '2'])).stdout);
    expect(judged.whatIf.length).toBeGreaterThan(0);
    expect(judged.whatIf[0].difference.expected).toBeGreaterThan(0);
    expect(judged.seeds.seeds.length).toBe(2);
  });

  it('names people and roles in the Markdown, not ids, and says what --must-reach did', async () => {
    const args = ['flow', FIRTH_VALLEY, '--idea', 'cwb', '--runs', '200', '--what-if-tie', 'kb01,kb02', '--seeds', '2'];
    const md = await run([...args, '--must-reach', 'politician']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('## What if: introduce Pauline Abbott and Fiona McCrae');
    expect(md.stdout).toContain('| Politicians |');
    expect(md.stdout).toContain('Aisha Iqbal (Kelderbridge) → Nkechi Okonkwo (Hollinwell)');
    expect(md.stdout).not.toMatch(/\b(kb|hw|sc)\d\d\b/);
    expect(md.stdout).not.toMatch(/greedy/i);
    expect(md.stdout).toContain('Required to reach: Politicians.');
    expect(md.stdout).toMatch(/- Politicians: reached in \d+\.\d% of runs with these seeds\./);
    expect(md.stdout).toContain('The requirement changed the seeds: for reach alone they would be');
    const json = JSON.parse((await run([...args, '--must-reach', 'politician', '-f', 'json'])).stdout);
    expect(json.seeds.mustReach).toEqual(['politician']);
    expect(json.seeds.withoutMustReach.map((s: { actor: string }) => s.actor)).not.toEqual(
      json.seeds.seeds.map((s: { actor: string }) => s.actor),
    );
    const plain = await run(args);
    expect(plain.stdout).not.toContain('Required to reach');
  });

  it('refuses bad input with exit 2: unknown idea or actor, p outside (0, 1]', async () => {
    const unknown = await run(['flow', FIRTH_VALLEY, '--idea', 'cbw']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("did you mean 'cwb'?");
    expect((await run(['flow', FIRTH_VALLEY, '--idea', 'cwb', '--what-if-tie', 'kb05,zz99'])).code).toBe(2);
    for (const p of ['0', '1.5', '-0.1', 'x'])
      expect((await run(['flow', FIRTH_VALLEY, '--idea', 'cwb', '--simulate', '--p', p])).code, p).toBe(2);
    expect((await run(['flow', FIRTH_VALLEY])).code).toBe(2);
  });

  it('draws a progress bar only on a terminal, and never with --quiet', async () => {
    const args = ['flow', FIRTH_VALLEY, '--idea', 'rkw', '--simulate', '--runs', '2000'];
    expect((await run(args, { tty: true })).stderr).toContain('simulating');
    expect((await run([...args, '--quiet'], { tty: true })).stderr).toBe('');
    expect((await run(args, { tty: false })).stderr).toBe('');
  });
});
