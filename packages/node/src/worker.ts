/**
 * `@muster/node/worker`: starting a worker thread of a Muster
 * package the same way whether the package runs built or from its
 * TypeScript sources. An entry of its own, so that the worker-thread types
 * stay out of `@muster/node`'s declarations.
 *
 * A package's worker script sits beside the module that starts it:
 * `worker.js` in the built package, `worker.ts` in the sources (tests,
 * scripts run with tsx). Node does not carry a parent's tsx loader over to
 * a worker thread, so from the sources the worker first registers tsx
 * through its public API (`tsx/esm/api`), then loads `worker.ts`, and
 * resolves the workspace packages to their sources (the `@muster/source`
 * export condition) as the parent does.
 *
 * @module @muster/node/worker
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** How to start a script: the URL to give `Worker` and the options it needs. */
interface Entry {
  url: URL;
  execArgv?: string[];
}

const entries = new Map<string, Entry>();

/** The built script, or a boot module that registers tsx and imports the TypeScript source. */
function entryOf(script: URL): Entry {
  const cached = entries.get(script.href);
  if (cached !== undefined) return cached;
  let entry: Entry;
  if (existsSync(fileURLToPath(script))) entry = { url: script };
  else {
    const source = new URL(script.href.replace(/\.js$/, '.ts'));
    if (source.href === script.href || !existsSync(fileURLToPath(source)))
      throw new Error(`worker script not found: neither ${script.href} nor its .ts source exists`);
    let tsx: string;
    try {
      tsx = import.meta.resolve('tsx/esm/api');
    } catch {
      throw new Error(`running the worker ${source.href} from its TypeScript source needs the tsx package installed`);
    }
    const boot = [
      `const { register } = await import(${JSON.stringify(tsx)});`,
      'register();',
      `await import(${JSON.stringify(source.href)});`,
    ].join('\n');
    entry = {
      url: new URL('data:text/javascript,' + encodeURIComponent(boot)),
      execArgv: ['--conditions=@muster/source'],
    };
  }
  entries.set(script.href, entry);
  return entry;
}

/**
 * Starts a worker thread running `script`, the URL of a built worker
 * module (`new URL('./worker.js', import.meta.url)`); when that file is
 * not there, its `.ts` source beside it is run through tsx. `options` go
 * to `Worker` as given (from the sources, `execArgv` is set to resolve the
 * workspace packages to their sources).
 */
export function startWorker(script: URL, options: WorkerOptions = {}): Worker {
  const { url, execArgv } = entryOf(script);
  return new Worker(url, execArgv === undefined ? options : { ...options, execArgv });
}
