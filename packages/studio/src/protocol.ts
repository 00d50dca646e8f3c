/**
 * The messages between the page and its worker. The page asks; the worker
 * answers each request once, with the request's `id`.
 */
import type { Dataset, InputIssue } from '@muster/core';
import type { AuditReport } from '@muster/audit';
import type { FlowReport } from '@muster/flow';

/** What can be downloaded: the audit in the CLI's four formats, or the dataset. */
export const EXPORTS = [
  'json',
  'md',
  'csv',
  'html',
  'dataset.json',
  'dataset.xlsx',
  'dataset.gexf',
  'flow.json',
  'flow.md',
  'diff.json',
  'diff.md',
] as const;
export type ExportKind = (typeof EXPORTS)[number];

/** The audit's settings, as `muster audit`'s options. */
export interface AuditSettings {
  /** A built-in profile id, or '' for the dataset's own (else the default). */
  profile: string;
  /** One locality to audit, or null for all. */
  locality: string | null;
  seed: number;
  /** `--stability N --missing SHARE`, or null when stability is not measured. */
  stability: { resamples: number; missing: number } | null;
}

export type Request =
  | { type: 'add'; files: { name: string; bytes: ArrayBuffer }[] }
  /** Files of the later wave, read as the first wave's are, to compare with it. */
  | { type: 'add-later'; files: { name: string; bytes: ArrayBuffer }[] }
  /** The two waves compared, as `muster diff` prints it. */
  | { type: 'diff'; settings: AuditSettings }
  | { type: 'preload'; json: string }
  | { type: 'revert' }
  | { type: 'audit'; settings: AuditSettings }
  | { type: 'export'; kind: ExportKind; settings: AuditSettings; key?: string; idea?: string }
  | { type: 'flow'; idea: string; settings: AuditSettings }
  /** A simulation, run in a worker of its own (stopped to cancel it): the dataset comes with it. */
  | { type: 'simulate'; dataset: Dataset; idea: string; settings: AuditSettings; whatIf: boolean };

/** What the worker has made of the files so far. */
export interface Loaded {
  type: 'loaded';
  /** The names of the files the dataset was read from. */
  files: string[];
  dataset: Dataset;
  /** What reading it warned of (ids that look alike): shown, not blocking. */
  warnings: InputIssue[];
  localities: string[];
}

/** The input is bad: every problem, located; `kept` when the last good dataset is still there. */
export interface Rejected {
  type: 'issues';
  issues: InputIssue[];
  omitted: number;
  files: string[];
  kept: boolean;
}

export interface Audited {
  type: 'audited';
  report: AuditReport;
  /** The report as `muster audit --format html --without-map` writes it. */
  html: string;
  /** Milliseconds the audit took in the worker. */
  ms: number;
  /** The dataset again, when the profile changed and it was read against the new one. */
  reread?: Loaded;
}

export interface Exported {
  type: 'file';
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** An idea's flow: the report, and its Markdown as `muster flow` writes it. */
export interface Flowed {
  type: 'flowed';
  report: FlowReport;
  markdown: string;
}

/** The two waves compared: `muster diff`'s Markdown. */
export interface Diffed {
  type: 'diffed';
  markdown: string;
}

/** Sent before the answer while a simulation runs. */
export interface Progress {
  done: number;
  total: number;
}

export interface Failed {
  type: 'error';
  message: string;
}

export type Reply = Loaded | Rejected | Audited | Exported | Flowed | Diffed | Failed;
