/**
 * The worker's state and work: the files brought in so far, the last
 * dataset that read without a problem, the audit and the exports. Plain
 * functions of their input (no DOM, no worker API), so that Node tests can
 * hold them to the CLI's outputs byte for byte.
 */
import {
  datasetToJson,
  defaultProfile,
  getBuiltinProfile,
  isMusterInputError,
  keyWeakness,
  pseudonymiseWithPlan,
  type Dataset,
  type InputIssue,
  type Profile,
} from '@muster/core';
import { auditCluster, renderWaveDiff, renderHtml, renderReport, type AuditReport } from '@muster/audit';
import { datasetToGexf, datasetToWorkbook } from '@muster/formats';
import { isMappingFile, isSingleFile, readFiles, type InFile } from './read-files.js';
import { flowReport, flowText } from './flow.js';
import type { AuditSettings, ExportKind, Exported, Loaded, Progress, Rejected, Reply, Request } from './protocol.js';

/** The files of the dataset that read cleanly, and what they gave. */
interface Good {
  files: Map<string, InFile>;
  dataset: Dataset;
  /** The profile the dataset was read against ('' for its own). */
  profile: string;
  /** What reading it warned of (ids that look alike). */
  warnings: InputIssue[];
}

const MIME: Record<ExportKind, string> = {
  json: 'application/json',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
  'dataset.json': 'application/json',
  'dataset.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'dataset.gexf': 'application/xml',
  'flow.json': 'application/json',
  'flow.md': 'text/markdown;charset=utf-8',
  'diff.json': 'application/json',
  'diff.md': 'text/markdown;charset=utf-8',
};

/** The name of an export's file. */
function fileName(kind: ExportKind): string {
  return /^(dataset|flow|diff)\./.test(kind) ? kind : `audit.${kind}`;
}

/** A built-in profile by id; '' is the dataset's own. */
function profileOf(id: string): Profile | undefined {
  if (id === '') return undefined;
  const profile = getBuiltinProfile(id);
  if (profile === undefined) throw new Error(`there is no built-in profile '${id}'`);
  return profile;
}

/** A request for the key again: it is too weak to pseudonymise with. */
export class KeyError extends Error {}

/** The dataset pseudonymised with `key` (and what was kept), or as it is without one. */
function pseudonymised(dataset: Dataset, key?: string): ReturnType<typeof pseudonymiseWithPlan> | { dataset: Dataset } {
  if (key === undefined) return { dataset };
  const weakness = keyWeakness(key);
  if (weakness !== undefined) throw new KeyError(`the key is too weak: ${weakness}`);
  return pseudonymiseWithPlan(dataset, { secret: key.trim() });
}

export class Session {
  /** Files brought in, by lower-case name: what the next read is made of. */
  #files = new Map<string, InFile>();
  #good: Good | undefined;
  /** The later wave's files and reading, when one was brought. */
  #later: Session | undefined;

  /** Adds files (a one-file dataset replaces what was there) and reads the result. */
  add(files: readonly InFile[]): Loaded | Rejected {
    const next = new Map(this.#files);
    if (files.some((f) => isSingleFile(f.name))) {
      // A whole dataset in one file replaces the CSV files; a profile or Kumu mapping beside it stays.
      for (const name of [...next.keys()]) if (name !== 'profile.json' && !isMappingFile(name)) next.delete(name);
    } else if (files.some((f) => f.name.toLowerCase().endsWith('.csv'))) {
      for (const [name, file] of next) if (isSingleFile(file.name)) next.delete(name);
    }
    for (const file of files) next.set(file.name.toLowerCase(), file);
    return this.#read(next, this.#good?.profile ?? '');
  }

  /** Adds files of the later wave, read as the first wave's are. */
  addLater(files: readonly InFile[]): Loaded | Rejected {
    this.#later ??= new Session();
    return this.#later.add(files);
  }

  /**
   * The two waves compared, as `muster diff OLD NEW --format json|md` with
   * the same profile and seed (and the same key for both, so they still match).
   */
  diff(settings: AuditSettings, format: 'json' | 'md', key?: string): string {
    if (this.#later === undefined) throw new Error('bring the later wave first');
    const old = pseudonymised(this.#dataset(settings), key).dataset;
    const now = pseudonymised(this.#later.#dataset(settings), key).dataset;
    const chosen = profileOf(settings.profile);
    // As the command: waves read against different profiles have roles that cannot be compared.
    if (
      chosen === undefined &&
      JSON.stringify(old.profile ?? defaultProfile()) !== JSON.stringify(now.profile ?? defaultProfile())
    )
      throw new Error(
        `the later wave is read against another profile than the first ('${now.profile?.id ?? 'default'}', '${old.profile?.id ?? 'default'}'): choose one profile above to read both against it`,
      );
    return renderWaveDiff(old, now, { profile: chosen ?? now.profile ?? old.profile, seed: settings.seed }, format);
  }

  /** A dataset in core's JSON form (the page's preloaded data). */
  preload(json: string): Loaded | Rejected {
    const bytes = new TextEncoder().encode(json);
    return this.#read(new Map([['dataset.json', { name: 'dataset.json', bytes }]]), '');
  }

  /** Goes back to the files of the last dataset that read cleanly. */
  revert(): Loaded | Rejected | undefined {
    if (this.#good === undefined) return undefined;
    this.#files = new Map(this.#good.files);
    return this.#loaded(this.#good);
  }

  #read(files: Map<string, InFile>, profile: string): Loaded | Rejected {
    this.#files = files;
    try {
      const warnings: InputIssue[] = [];
      const dataset = readFiles([...files.values()], profileOf(profile), (issue) => warnings.push(issue));
      this.#good = { files, dataset, profile, warnings };
      return this.#loaded(this.#good);
    } catch (error) {
      if (!isMusterInputError(error)) throw error;
      return {
        type: 'issues',
        issues: [...error.issues],
        omitted: error.omitted,
        files: [...files.values()].map((f) => f.name),
        kept: this.#good !== undefined,
      };
    }
  }

  #loaded(good: Good): Loaded {
    return {
      type: 'loaded',
      files: [...good.files.values()].map((f) => f.name),
      dataset: good.dataset,
      warnings: good.warnings,
      localities: [...new Set(good.dataset.actors.map((a) => a.locality))],
    };
  }

  /** The dataset, read again against another profile when the choice changed (roles resolve against it). */
  #dataset(settings: AuditSettings): Dataset {
    const good = this.#good;
    if (good === undefined) throw new Error('there is no dataset yet');
    if (good.profile !== settings.profile) {
      const result = this.#read(good.files, settings.profile);
      if (result.type === 'issues') {
        // Roles the new profile does not know: keep the last good reading, and say why.
        throw new Error(result.issues.map((i) => i.message).join('; '));
      }
    }
    return this.#good!.dataset;
  }

  /** The audit, as `muster audit` with the same profile, localities and seed. */
  audit(settings: AuditSettings, dataset = this.#dataset(settings)): AuditReport {
    const profile = profileOf(settings.profile);
    return auditCluster(dataset, {
      ...(profile === undefined ? {} : { profile }),
      ...(settings.locality === null ? {} : { localities: [settings.locality] }),
      seed: settings.seed,
      ...(settings.stability === null ? {} : { stability: settings.stability }),
    });
  }

  /** A file to download: the audit or the dataset, pseudonymised with `key` when given. */
  export(kind: ExportKind, settings: AuditSettings, key?: string, idea?: string): Exported {
    if (kind === 'diff.json' || kind === 'diff.md') {
      const text = this.diff(settings, kind === 'diff.json' ? 'json' : 'md', key);
      return { type: 'file', name: kind, mime: MIME[kind], bytes: new TextEncoder().encode(text) };
    }
    const result = pseudonymised(this.#dataset(settings), key);
    const dataset = result.dataset;
    const privacy = 'columns' in result ? result.columns : undefined;
    let content: string | Uint8Array;
    if (kind === 'dataset.json') content = datasetToJson(dataset);
    else if (kind === 'dataset.xlsx') content = datasetToWorkbook(dataset);
    else if (kind === 'dataset.gexf') content = datasetToGexf(dataset);
    else if (kind === 'flow.json' || kind === 'flow.md') {
      if (idea === undefined) throw new Error('choose an idea first');
      const profile = profileOf(settings.profile);
      // Pseudonymised, the idea's id stays (ideas are not people); the actors in its trace are renamed.
      content = flowText(flowReport(dataset, idea, profile), dataset, profile, kind === 'flow.json' ? 'json' : 'md');
    } else {
      const report = this.audit(settings, dataset);
      if (privacy !== undefined) report.meta.privacy = privacy;
      content = renderReport(report, kind);
    }
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return { type: 'file', name: fileName(kind), mime: MIME[kind], bytes };
  }

  /** Answers one request of the page; a simulation tells `progress` of its runs. */
  handle(request: Request, progress: (p: Progress) => void = () => {}): Reply {
    try {
      switch (request.type) {
        case 'add':
          return this.add(request.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })));
        case 'add-later':
          return this.addLater(request.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })));
        case 'diff':
          return { type: 'diffed', markdown: this.diff(request.settings, 'md') };
        case 'preload':
          return this.preload(request.json);
        case 'revert':
          return this.revert() ?? { type: 'error', message: 'there is no earlier dataset' };
        case 'audit': {
          const before = this.#good?.dataset;
          const started = performance.now();
          const report = this.audit(request.settings);
          const ms = performance.now() - started;
          // Read against another profile, the roles (and so the map's colours) may have changed.
          const reread =
            this.#good !== undefined && this.#good.dataset !== before ? this.#loaded(this.#good) : undefined;
          return { type: 'audited', report, html: renderHtml(report), ms, ...(reread ? { reread } : {}) };
        }
        case 'export':
          return this.export(request.kind, request.settings, request.key, request.idea);
        case 'flow': {
          const dataset = this.#dataset(request.settings);
          const profile = profileOf(request.settings.profile);
          const report = flowReport(dataset, request.idea, profile);
          return { type: 'flowed', report, markdown: flowText(report, dataset, profile, 'md') };
        }
        case 'simulate': {
          const { dataset, idea, settings, whatIf } = request;
          const profile = profileOf(settings.profile);
          const onProgress = (done: number, total: number): void => progress({ done, total });
          const report = flowReport(dataset, idea, profile, { seed: settings.seed, whatIf, onProgress });
          return { type: 'flowed', report, markdown: flowText(report, dataset, profile, 'md') };
        }
      }
    } catch (error) {
      return { type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }
}
