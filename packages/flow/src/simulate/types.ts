/**
 * The options and results of the spread simulations (see `spread.ts` for
 * the models and `hash.ts` for the random numbers).
 */

/** The diffusion model: independent cascade or linear threshold. */
export type SpreadModel = 'ic' | 'lt';

/** A partition of some nodes into groups (roles, localities) whose reach is counted. */
export interface SpreadGroups {
  /** The group index of each node, in [0, count), or -1 for none. Length = node count. */
  membership: Int32Array;
  /** The number of groups. */
  count: number;
}

/** Options of `spread`. */
export interface SpreadOptions {
  model: SpreadModel;
  /** IC: one transmission probability for every tie, in (0, 1]; also the probability of an extra tie when `probabilities` is given. */
  p?: number;
  /** IC: a probability in [0, 1] per CSR slot (aligned with `graph.neighbours`); overrides `p` for the graph's own ties. */
  probabilities?: Float64Array;
  /** The nodes the idea starts from, active at step 0. Repeats count once; removed nodes are dropped. */
  seeds: ArrayLike<number>;
  /** The number of Monte Carlo runs, a whole number ≥ 1. */
  runs: number;
  /** Count only activations up to this step (step 0 = the seeds); default: until nothing changes. */
  steps?: number;
  /** The seed of every random number; the same seed gives the same result, bit for bit. */
  seed: number;
  /**
   * The index of the first run (default 0): the runs of this call are
   * `firstRun … firstRun + runs − 1`. Each run's random numbers depend on the
   * seed and its index only, so runs can be split over calls or threads.
   */
  firstRun?: number;
  /** Nodes treated as absent (an actor who left): they never adopt, pass nothing on, and weigh nothing in LT. */
  removed?: ArrayLike<number>;
  /**
   * Ties added for a what-if (an introduction), each of weight 1: in IC with
   * a global `p` a tie that already exists changes nothing; with
   * `probabilities` it is one more independent contact with probability `p`
   * (as `probabilitiesFromWeights` would give a weight one higher); in LT it
   * adds 1 to the pair's weight. Ties to a removed node are dropped.
   */
  extraTies?: ArrayLike<readonly [number, number]>;
  /** Groups whose adopters and reach are counted, e.g. `[roles, localities]`. */
  groups?: readonly SpreadGroups[];
  /** Called now and then with the runs done so far (about a hundred times per call). */
  onProgress?: (runsDone: number, runs: number) => void;
}

/** What `spread` returns: sums over runs, so that parts of the runs can be added up. */
export interface SpreadResult {
  runs: number;
  /** Adopters per run (seeds included), in run order. */
  reach: Float64Array;
  /** Per node: the number of runs in which it adopted. */
  nodeAdoptions: Float64Array;
  /** Per `groups` entry, per group: adopters summed over runs. */
  groupAdopters: Float64Array[];
  /** Per `groups` entry, per group: runs in which at least one member adopted. */
  groupReached: Uint32Array[];
  /** Neighbour trials considered, those passed over by geometric skipping included (for benchmarks). */
  edgeVisits: number;
}
