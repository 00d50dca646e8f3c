/**
 * The four ideas of the Firth Valley example: where each starts, how readily
 * it passes along a tie, and how often the press mentions it month by month.
 */
import type { Actor } from './region.js';

export interface IdeaSpec {
  id: string;
  title: string;
  origin: [string, string];
  start: string;
  /** Chance of passing the idea along a tie from one actor to another (0 blocks the tie). */
  chance: (from: Actor, to: Actor) => number;
  /** Chance that the originator, championing the idea, passes it to each open contact. */
  champion: number;
  /** Fewest adopters the story needs in each locality (by prefix); the generator stops if not met. */
  atLeast: Record<string, number>;
  /** Monthly mentions expected in month `m` (0 = January 2022). */
  curve: (m: number) => number;
}

/** By locality prefix within a locality, and `cross` between localities. */
const byPlace =
  (within: Record<string, number>, cross: number) =>
  (a: Actor, b: Actor): number =>
    a.prefix === b.prefix ? (within[a.prefix] ?? 0) : within[b.prefix] !== undefined ? cross : 0;

export const IDEAS: IdeaSpec[] = [
  {
    id: 'cwb',
    title: 'Community wealth building',
    origin: ['kb', 'Cabinet Member for Inclusive Economy'],
    start: '2023-03-14',
    chance: byPlace({ kb: 0.35, hw: 0.2 }, 0.9),
    champion: 0.9,
    atLeast: { kb: 40, hw: 8 },
    curve: (m) => 2 + 26 * Math.exp(-(((m - 28) / 8) ** 2)),
  },
  {
    id: 'pb',
    title: 'Participatory budgeting',
    origin: ['hw', 'Cabinet Member for Communities'],
    start: '2023-01-20',
    chance: byPlace({ hw: 0.3, kb: 0.08 }, 0.4),
    champion: 0.9,
    atLeast: { hw: 15 },
    curve: (m) => 2 + 22 * Math.exp(-m / 14),
  },
  {
    id: 'rkw',
    title: 'Relational key-worker model',
    origin: ['sc', 'Carers Lead'],
    start: '2024-02-05',
    chance: (a, b) => (a.prefix === 'sc' && a.group === 'community' && b.group === 'community' ? 0.35 : 0),
    champion: 0.9,
    atLeast: { sc: 10 },
    curve: (m) => 0.3 + 18 / (1 + Math.exp(-(m - 40) / 4)),
  },
  {
    id: 'ord',
    title: 'Open referral data standard',
    origin: ['sc', 'Research Associate'],
    start: '2023-06-12',
    chance: (a, b) => (a.prefix === 'sc' && a.group === 'research' && b.group === 'research' ? 0.25 : 0),
    champion: 0,
    atLeast: { sc: 2 },
    curve: (m) => 0.4 + 3 * Math.exp(-(((m - 17) / 2) ** 2)),
  },
];
