/**
 * Firth Valley example dataset: a fictional city region of three localities
 * (one complete and well connected, one missing roles, one siloed), written
 * as actors.csv, ties.csv, ideas.csv, adoptions.csv and mentions.csv next to
 * this script. Everything random comes from one seeded generator, so every
 * run writes the same bytes.
 *
 * Run from the repository root:
 *   node --conditions=@muster/source --import tsx examples/firth-valley/generate.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDatasetFiles, createRng, randomInt, type Rng } from '@muster/core';
import { at, cascade, isoDay, pick, poisson, randomDay, shuffle, toCsv } from './lib.js';
import { IDEAS } from './ideas.js';
import { drawGender, namer } from './names.js';
import {
  CROSS_TIES,
  LOCALITIES,
  type Actor,
  type Gender,
  type LocalitySpec,
  type RoleId,
  type Tie,
  type TieKind,
} from './region.js';

const SEED = 2012;
const OUT_DIR = fileURLToPath(new URL('.', import.meta.url));
const FLOW_KINDS: ReadonlySet<TieKind> = new Set(['collaboration', 'information', 'advice']);

// ---------------------------------------------------------------- actors

function localityActors(rng: Rng, spec: LocalitySpec, nameFor: (g: Gender) => string): Actor[] {
  const actors: Actor[] = [];
  for (const slot of spec.slots) {
    const count = slot.count ?? slot.titles.length;
    for (let i = 0; i < count; i++) {
      const gender = drawGender(rng);
      actors.push({
        id: `${spec.prefix}${String(actors.length + 1).padStart(2, '0')}`,
        name: nameFor(gender),
        role: slot.role,
        written: slot.written?.[i] ?? slot.role,
        extra: slot.also?.[i] ?? [],
        title: at(slot.titles, i % slot.titles.length),
        organisation: slot.org,
        sector: slot.sector,
        locality: spec.name,
        prefix: spec.prefix,
        gender,
        group: slot.group ?? '',
      });
    }
  }
  if (spec.shape === 'mixed') {
    // Deal each role's people round the workstreams so every workstream mixes roles.
    let turn = 0;
    const roles = [...new Set(actors.map((a) => a.role))];
    for (const role of roles) {
      for (const a of shuffle(
        rng,
        actors.filter((x) => x.role === role),
      )) {
        a.group = at(spec.groups, turn++ % spec.groups.length);
      }
    }
  }
  return actors;
}

function byTitle(actors: readonly Actor[], prefix: string, title: string): Actor {
  const found = actors.filter((a) => a.prefix === prefix && a.title === title);
  if (found.length !== 1) throw new Error(`${found.length} actors titled "${title}" in ${prefix}`);
  return at(found, 0);
}

// ---------------------------------------------------------------- ties

/** How much likelier than average two roles are to work together. */
function affinity(a: RoleId, b: RoleId): number {
  const pair = (x: RoleId, y: RoleId): boolean => (a === x && b === y) || (a === y && b === x);
  if (pair('politician', 'senior-official') || pair('investor', 'social-entrepreneur')) return 1.8;
  if (pair('stakeholder-group', 'service-user') || pair('change-expert', 'senior-official')) return 1.6;
  if (pair('service-designer', 'service-user') || pair('service-designer', 'social-entrepreneur')) return 1.3;
  if (a === 'service-user' || b === 'service-user') {
    const other = a === 'service-user' ? b : a;
    if (other === 'investor' || other === 'change-expert' || other === 'researcher') return 0.4;
  }
  return 1;
}

function chooseKind(rng: Rng, a: Actor, b: Actor): TieKind {
  const has = (role: RoleId): boolean => a.role === role || b.role === role;
  const r = rng();
  if (has('politician') && has('senior-official')) return r < 0.6 ? 'governance' : 'collaboration';
  if (has('investor') && has('social-entrepreneur')) return r < 0.6 ? 'funding' : 'advice';
  if (has('change-expert')) return r < 0.6 ? 'advice' : 'collaboration';
  if (has('researcher')) return r < 0.5 ? 'information' : r < 0.7 ? 'advice' : 'collaboration';
  return r < 0.65 ? 'collaboration' : 'information';
}

/** All ties so far, with the adjacency used to keep pairs unique and to find components. */
class TieSet {
  readonly ties: Tie[] = [];
  private readonly keys = new Set<string>();
  readonly adj = new Map<string, Set<string>>();

  linked(a: string, b: string): boolean {
    return this.adj.get(a)?.has(b) ?? false;
  }

  add(rng: Rng, a: Actor, b: Actor, kind: TieKind, weight: number): void {
    if (a.id === b.id) throw new Error(`self-tie on ${a.id}`);
    const key = [a.id, b.id].sort().join('|') + '|' + kind;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    const directed = kind === 'funding' || kind === 'governance';
    // Directed ties run from the politician or investor; undirected ones in either order.
    const forward = directed ? a.role === 'politician' || a.role === 'investor' : rng() < 0.5;
    const [source, target] = forward ? [a.id, b.id] : [b.id, a.id];
    const date = isoDay(randomDay(rng, '2023-01-01', '2025-12-31'));
    this.ties.push({ source, target, kind, weight, directed, date });
    for (const [x, y] of [
      [a.id, b.id],
      [b.id, a.id],
    ] as const) {
      const set = this.adj.get(x) ?? new Set<string>();
      set.add(y);
      this.adj.set(x, set);
    }
  }

  /** A tie of a kind the roles suggest, sometimes with a second, parallel kind. */
  addNatural(rng: Rng, a: Actor, b: Actor, strong: boolean): void {
    const weight = strong ? 2 + randomInt(rng, 4) : 1 + randomInt(rng, 3);
    const kind = chooseKind(rng, a, b);
    this.add(rng, a, b, kind, weight);
    if (rng() < 0.12) this.add(rng, a, b, kind === 'collaboration' ? 'information' : 'collaboration', weight);
  }

  degree(id: string): number {
    return this.adj.get(id)?.size ?? 0;
  }
}

/** The connected pieces of a group of actors, largest first. */
function components(set: TieSet, members: readonly Actor[]): Actor[][] {
  const inGroup = new Map(members.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const parts: Actor[][] = [];
  for (const start of members) {
    if (seen.has(start.id)) continue;
    const part: Actor[] = [];
    const queue = [start];
    seen.add(start.id);
    while (queue.length > 0) {
      const a = queue.shift() as Actor;
      part.push(a);
      for (const id of set.adj.get(a.id) ?? []) {
        const b = inGroup.get(id);
        if (b && !seen.has(id)) {
          seen.add(id);
          queue.push(b);
        }
      }
    }
    parts.push(part);
  }
  return parts.sort((x, y) => y.length - x.length);
}

/** Gives everyone at least two ties and joins stray pieces to the main one. */
function knit(rng: Rng, set: TieSet, members: readonly Actor[]): void {
  for (const a of members) {
    while (set.degree(a.id) < 2) {
      const b = pick(rng, members);
      if (b.id !== a.id && !set.linked(a.id, b.id)) set.addNatural(rng, a, b, true);
    }
  }
  for (let parts = components(set, members); parts.length > 1; parts = components(set, members)) {
    set.addNatural(rng, pick(rng, at(parts, 1)), pick(rng, at(parts, 0)), true);
  }
}

function localityTies(rng: Rng, set: TieSet, spec: LocalitySpec, actors: readonly Actor[]): void {
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const a = at(actors, i);
      const b = at(actors, j);
      const same = a.group === b.group;
      if (rng() < (same ? spec.pIn : spec.pOut) * affinity(a.role, b.role)) set.addNatural(rng, a, b, same);
    }
  }
  for (const group of new Set(actors.map((a) => a.group))) {
    knit(
      rng,
      set,
      actors.filter((a) => a.group === group),
    );
  }
  if (spec.shape === 'mixed') knit(rng, set, actors);
  for (const bridge of spec.bridges) {
    const a = byTitle(actors, spec.prefix, bridge.from);
    const b = byTitle(actors, spec.prefix, bridge.to);
    set.add(rng, a, b, bridge.kind, 1 + randomInt(rng, 2));
  }
}

function crossTies(rng: Rng, set: TieSet, actors: readonly Actor[]): void {
  for (const tie of CROSS_TIES) {
    const a = byTitle(actors, ...tie.from);
    const b = byTitle(actors, ...tie.to);
    set.add(rng, a, b, tie.kind, 1 + randomInt(rng, 3));
  }
}

// ---------------------------------------------------------------- ideas

function flowNeighbours(ties: readonly Tie[]): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const t of ties) {
    if (!FLOW_KINDS.has(t.kind)) continue;
    for (const [x, y] of [
      [t.source, t.target],
      [t.target, t.source],
    ] as const) {
      sets.set(x, (sets.get(x) ?? new Set<string>()).add(y));
    }
  }
  return new Map([...sets].map(([id, set]) => [id, [...set].sort()]));
}

function adoptionRows(rng: Rng, actors: readonly Actor[], ties: readonly Tie[]): (string | number)[][] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const get = (id: string): Actor => {
    const actor = byId.get(id);
    if (!actor) throw new Error(`tie to unknown actor ${id}`);
    return actor;
  };
  const neighbours = flowNeighbours(ties);
  const rows: (string | number)[][] = [];
  for (const idea of IDEAS) {
    const origin = byTitle(actors, ...idea.origin);
    const spread = cascade(rng, neighbours, {
      origin: origin.id,
      start: idea.start,
      end: '2025-12-31',
      chance: (from, to) => {
        const p = idea.chance(get(from), get(to));
        return p > 0 && from === origin.id ? Math.max(p, idea.champion) : p;
      },
      minDelay: 10,
      spread: 110,
    });
    for (const [prefix, min] of Object.entries(idea.atLeast)) {
      const n = spread.filter((a) => get(a.actor).prefix === prefix).length;
      if (n < min) throw new Error(`${idea.id} reached ${n} people in ${prefix}, not ${min}: try another seed`);
    }
    for (const a of spread) {
      // Like a real survey, only some adopters said whom they heard it from.
      const source = a.source !== undefined && rng() < 0.6 ? a.source : '';
      rows.push([idea.id, a.actor, isoDay(a.day), source]);
    }
  }
  return rows;
}

function mentionRows(rng: Rng): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const idea of IDEAS) {
    for (let m = 0; m < 48; m++) {
      const month = `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      rows.push([idea.id, month, poisson(rng, idea.curve(m))]);
    }
  }
  return rows;
}

// ---------------------------------------------------------------- main

/** Every file of the example, as text, from the fixed seed. */
export function generateFiles(): Record<string, string> {
  const rng = createRng(SEED);
  const nameFor = namer(rng);
  const actors = LOCALITIES.flatMap((spec) => localityActors(rng, spec, nameFor));
  const set = new TieSet();
  for (const spec of LOCALITIES) {
    localityTies(
      rng,
      set,
      spec,
      actors.filter((a) => a.prefix === spec.prefix),
    );
  }
  crossTies(rng, set, actors);
  const adoptions = adoptionRows(rng, actors, set.ties);

  const files: Record<string, string> = {
    'actors.csv': toCsv(
      ['id', 'name', 'role', 'roles', 'title', 'organisation', 'sector', 'locality', 'gender'],
      actors.map((a) => [
        a.id,
        a.name,
        a.written,
        a.extra.join(';'),
        a.title,
        a.organisation,
        a.sector,
        a.locality,
        a.gender,
      ]),
    ),
    'ties.csv': toCsv(
      ['source', 'target', 'kind', 'weight', 'directed', 'date'],
      set.ties.map((t) => [t.source, t.target, t.kind, t.weight, t.directed, t.date]),
    ),
    'ideas.csv': toCsv(
      ['id', 'title', 'origin', 'date'],
      IDEAS.map((idea) => [idea.id, idea.title, byTitle(actors, ...idea.origin).id, idea.start]),
    ),
    'adoptions.csv': toCsv(['idea', 'actor', 'date', 'source'], adoptions),
    'mentions.csv': toCsv(['idea', 'date', 'count'], mentionRows(rng)),
  };
  return files;
}

function main(): void {
  const files = generateFiles();
  for (const [file, text] of Object.entries(files)) writeFileSync(join(OUT_DIR, file), text);
  const dataset = parseDatasetFiles(files);
  const localityOf = new Map(dataset.actors.map((a) => [a.id, a.locality]));
  for (const spec of LOCALITIES) {
    const count = dataset.actors.filter((a) => a.locality === spec.name).length;
    const inside = dataset.ties.filter(
      (t) => localityOf.get(t.source) === spec.name && localityOf.get(t.target) === spec.name,
    ).length;
    console.log(`${spec.name}: ${count} actors, ${inside} ties`);
  }
  const crossing = dataset.ties.filter((t) => localityOf.get(t.source) !== localityOf.get(t.target)).length;
  console.log(`between localities: ${crossing} ties; adoptions: ${dataset.adoptions.length}`);
}

// Write the files only when run as a script, not when a test imports the module.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
