/**
 * Muster's data model: what a dataset holds once it has been read and
 * checked. Every reader produces a `Dataset`; every writer consumes one.
 * Role ids are resolved (canonical profile ids), tie kinds normalised,
 * defaults filled in; free columns are kept as `attributes`.
 */
import type { Profile } from './profiles/types.js';

/** A free attribute value: CSV gives strings, JSON may give numbers and booleans. */
export type AttributeValue = string | number | boolean;

/** Columns beyond the contract's, kept as written (empty cells are left out). */
export type Attributes = Record<string, AttributeValue>;

/** A person or organisation in the cluster. */
export interface Actor {
  id: string;
  name: string;
  /** The canonical id of the actor's main role in the profile. */
  role: string;
  /** Extra roles (canonical ids), in the order given. */
  roles: string[];
  locality: string;
  organisation?: string;
  sector?: string;
  attributes: Attributes;
}

/** The kinds of tie in the default vocabulary; any other kind is allowed too. */
export const DEFAULT_TIE_KINDS = ['collaboration', 'information', 'advice', 'funding', 'governance'] as const;

/** The kinds of tie that carry ideas unless a profile says otherwise. */
export const DEFAULT_FLOW_KINDS = ['collaboration', 'information', 'advice'] as const;

/** A relationship between two actors. */
export interface Tie {
  source: string;
  target: string;
  /** Normalised kind (lower case, words joined by `-`); `collaboration` by default. */
  kind: string;
  /** A positive number; 1 by default. */
  weight: number;
  /** False by default: most cluster ties are mutual. */
  directed: boolean;
  date?: string;
  attributes: Attributes;
}

/** An idea (a policy, a practice, a service model) whose spread can be traced. */
export interface Idea {
  id: string;
  title: string;
  /** The actor it came from, if known. */
  origin?: string;
  date?: string;
  attributes: Attributes;
}

/** An actor taking up an idea at a date, perhaps from a named source. */
export interface Adoption {
  idea: string;
  actor: string;
  date: string;
  source?: string;
  attributes: Attributes;
}

/** How often an idea was mentioned in a period (e.g. press citations). */
export interface Mention {
  idea: string;
  date: string;
  count: number;
  attributes: Attributes;
}

/** A whole dataset, as read from a folder of CSV files or one JSON file. */
export interface Dataset {
  actors: Actor[];
  ties: Tie[];
  ideas: Idea[];
  adoptions: Adoption[];
  mentions: Mention[];
  /** The profile shipped with the dataset (`profile.json`), if any. */
  profile?: Profile;
}

/** An empty dataset, to fill in by code. */
export function emptyDataset(): Dataset {
  return { actors: [], ties: [], ideas: [], adoptions: [], mentions: [] };
}
