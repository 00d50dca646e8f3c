/**
 * The list of commands, light enough to load on every start: each command's
 * module (and what it pulls in: the readers, the audit, the map bundle) is
 * imported only when that command runs, so `muster --version` and `muster
 * --help` cost little more than starting node.
 */
import type { Command } from '../command.js';

/** One command as `muster --help` lists it, and how to load the rest of it. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Every command, in the order `muster --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'audit',
    summary: 'audit the cluster: missing roles, reach, brokers, silos, what to do',
    load: async () => (await import('./audit.js')).auditCommand,
  },
  {
    name: 'flow',
    summary: 'trace how an idea travelled, and simulate how it would travel',
    load: async () => (await import('./flow.js')).flowCommand,
  },
  {
    name: 'view',
    summary: 'the interactive map as one offline HTML page, or served locally',
    load: async () => (await import('./view.js')).viewCommand,
  },
  {
    name: 'studio',
    summary: 'Muster Studio: the audit and the map in an offline browser page',
    load: async () => (await import('./studio.js')).studioCommand,
  },
  {
    name: 'diff',
    summary: 'compare two waves of the same cluster: who joined and left, ties, structure',
    load: async () => (await import('./diff.js')).diffCommand,
  },
  {
    name: 'validate',
    summary: 'check a dataset against the data contract and list every problem',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'convert',
    summary: 'convert a dataset between CSV, JSON, XLSX, GEXF and GraphML',
    load: async () => (await import('./convert.js')).convertCommand,
  },
  {
    name: 'import-survey',
    summary: 'turn a survey export into actors and ties, with a review of name matches',
    load: async () => (await import('./import-survey.js')).importSurveyCommand,
  },
  {
    name: 'init',
    summary: 'write a dataset folder of templates to fill in',
    load: async () => (await import('./init.js')).initCommand,
  },
];
