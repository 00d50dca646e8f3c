/**
 * The audit report against its contract (REPORT.md, schema version 1):
 * every field the contract names is there with the contract's type, in
 * every entry of every list, not only in the first. Fields may be added;
 * the checks below ignore fields the contract does not name.
 *
 * REPORT.md's example gives a locality both `"actors": 42` and an `actors`
 * list; JSON keeps the last, the list, so that is what is checked (the
 * count is `actorCount`).
 */
import { parseDatasetFiles } from '@muster/core';
import { describe, expect, it } from 'vitest';
import { auditCluster } from './audit.js';
import { firthValleyAudit } from './test-example.js';

/** A check of one value: the problems found, each prefixed with its path. */
type Check = (value: unknown, path: string) => string[];

const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const is =
  (name: string, test: (v: unknown) => boolean): Check =>
  (value, path) =>
    test(value) ? [] : [`${path}: expected ${name}, got ${typeName(value)} ${JSON.stringify(value)}`];

const string = is('a string', (v) => typeof v === 'string');
const number = is('a finite number', (v) => typeof v === 'number' && Number.isFinite(v));
const count = is('a whole number ≥ 0', (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0);
const share = is('a number in 0..1', (v) => typeof v === 'number' && v >= 0 && v <= 1);
const oneOf = (...values: unknown[]): Check =>
  is(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) => values.includes(v));
const orNull =
  (check: Check): Check =>
  (value, path) =>
    value === null ? [] : check(value, path);
const list =
  (item: Check): Check =>
  (value, path) =>
    Array.isArray(value) ? value.flatMap((v, i) => item(v, `${path}[${i}]`)) : is('an array', () => false)(value, path);
const pair = (item: Check): Check => {
  const entries = list(item);
  return (value, path) =>
    Array.isArray(value) && value.length === 2
      ? entries(value, path)
      : [`${path}: expected a pair, got ${JSON.stringify(value)}`];
};
const record =
  (item: Check): Check =>
  (value, path) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => item(v, `${path}.${k}`))
      : is('an object', () => false)(value, path);
/** An object with these fields (`?` after a name: may be absent); other fields are allowed. */
const object =
  (fields: Record<string, Check>): Check =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return is('an object', () => false)(value, path);
    return Object.entries(fields).flatMap(([name, check]) => {
      const key = name.replace(/\?$/, '');
      if (!(key in value)) return name.endsWith('?') ? [] : [`${path}.${key}: missing`];
      return check((value as Record<string, unknown>)[key], `${path}.${key}`);
    });
  };
/** Recommendations: the fields of the kinds the contract shows; other kinds only need a kind. */
const recommendation: Check = (value, path) => {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind === 'recruit') return object({ kind: string, role: string, lendingLocalities: list(string) })(value, path);
  if (kind === 'introduce') return object({ kind: string, actors: pair(string), closes: pair(string) })(value, path);
  return object({ kind: string })(value, path);
};

const CONTRACT = object({
  schemaVersion: oneOf(1),
  profile: string,
  meta: object({ seed: number }),
  localities: list(
    object({
      locality: string,
      actorCount: count,
      ties: count,
      score: is('a number in 0..100', (v) => typeof v === 'number' && v >= 0 && v <= 100),
      roles: list(
        object({
          role: string,
          count,
          required: count,
          status: oneOf('missing', 'thin', 'present'),
          actors: list(string),
        }),
      ),
      missingRoles: list(string),
      roleLinks: list(
        object({
          roles: pair(string),
          ties: count,
          distance: orNull(count),
          'max?': count,
          status: oneOf('connected', 'distant', 'disconnected', 'absent'),
        }),
      ),
      findings: list(
        object({ rule: string, severity: oneOf('error', 'warning', 'info'), message: string, data: record(() => []) }),
      ),
      network: object({
        density: share,
        components: count,
        isolates: list(string),
        modularity: orNull(number),
        communities: list(object({ id: count, actors: list(string), roles: record(count) })),
        eiIndex: record(orNull(is('a number in −1..1', (v) => typeof v === 'number' && v >= -1 && v <= 1))),
      }),
      actors: list(
        object({
          id: string,
          role: string,
          degree: count,
          betweenness: share,
          constraint: orNull(number),
          effectiveSize: orNull(number),
          community: count,
          brokerage: object({
            coordinator: count,
            itinerant: count,
            gatekeeper: count,
            representative: count,
            liaison: count,
          }),
        }),
      ),
      brokers: list(string),
      recommendations: list(recommendation),
    }),
  ),
  crossLocality: object({ ties: list(object({ localities: pair(string), ties: count })) }),
});

describe('the audit report contract', () => {
  it('holds for the Firth Valley example, in every entry', () => {
    const report = firthValleyAudit();
    expect(CONTRACT(JSON.parse(JSON.stringify(report)), 'report')).toEqual([]);
  });

  it('holds with missing roles, unreachable pairs and isolates (nulls where the contract allows them)', () => {
    const dataset = parseDatasetFiles({
      'actors.csv':
        'id,name,role,locality\np,P,politician,T\nu,U,service-user,T\nd,D,service-designer,T\ni,I,investor,T',
      'ties.csv': 'source,target\np,d',
    });
    const report = auditCluster(dataset);
    const town = report.localities[0]!;
    expect(town.roleLinks.some((l) => l.distance === null)).toBe(true);
    expect(town.actors.some((a) => a.constraint === null)).toBe(true);
    expect(town.missingRoles.length).toBeGreaterThan(0);
    expect(CONTRACT(JSON.parse(JSON.stringify(report)), 'report')).toEqual([]);
  });

  it('names the field and the type when a report breaks it', () => {
    const report = JSON.parse(JSON.stringify(firthValleyAudit()));
    report.localities[1].roleLinks[2].distance = '3';
    report.localities[0].actors[5].brokerage.liaison = 1.5;
    delete report.localities[2].network.eiIndex;
    report.localities[0].findings.push({ rule: 'minCount', severity: 'fatal', message: 'x', data: {} });
    expect(CONTRACT(report, 'report')).toEqual([
      'report.localities[0].findings[0].severity: expected one of "error", "warning", "info", got string "fatal"',
      'report.localities[0].actors[5].brokerage.liaison: expected a whole number ≥ 0, got number 1.5',
      'report.localities[1].roleLinks[2].distance: expected a whole number ≥ 0, got string "3"',
      'report.localities[2].network.eiIndex: missing',
    ]);
  });
});
