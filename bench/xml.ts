/**
 * Muster's XML scanner (`@muster/formats`, `xml/scan.ts`) against saxes,
 * the maintained streaming XML parser it could be replaced with: speed on
 * a large GEXF, bundle size, and the two hostile documents a reader of
 * untrusted files must survive (entity expansion, deep nesting).
 *
 *   node --conditions=@muster/source --import tsx bench/xml.ts [--actors N]
 *
 * Speed is the least CPU time of five scans of the same text (wall time
 * on a busy machine counts the waiting too); "saxes behind the
 * handler" is saxes with the adapter a replacement would need (tag objects
 * with the local name, a Map of attributes, the line). Bundle sizes are
 * esbuild's minified bundle of each, and its gzip. Figures go to stdout as
 * Markdown tables.
 */
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { SaxesParser } from 'saxes';
import { datasetToGexf } from '@muster/formats/gexf';
import { scanXml, type XmlHandler, type XmlTag } from '../packages/formats/src/xml/scan.js';
import { clusterDataset } from './cluster-graph.js';
import { megabytes, seconds, timed } from './measure.js';
import { generateSyntheticCluster } from './synthetic.js';

const { values } = parseArgs({ options: { actors: { type: 'string', default: '20000' } } });
const actors = Number(values.actors);

/** Counts what a scan reports, so no work is optimised away and both parsers can be checked to agree. */
function counter(): { handler: XmlHandler; counts: () => string } {
  let open = 0;
  let attributes = 0;
  let text = 0;
  return {
    handler: {
      open: (tag) => {
        open++;
        attributes += tag.attributes.size;
      },
      close: () => {},
      text: (t) => (text += t.length),
    },
    counts: () => `${open} elements, ${attributes} attributes, ${text} characters of text`,
  };
}

/** saxes reporting to an {@link XmlHandler}: what replacing the scanner would take. */
function saxesScan(source: string, handler: XmlHandler): void {
  const parser = new SaxesParser();
  const open: XmlTag[] = [];
  parser.on('opentag', (node) => {
    const colon = node.name.lastIndexOf(':');
    const tag: XmlTag = {
      name: node.name,
      local: colon === -1 ? node.name : node.name.slice(colon + 1),
      attributes: new Map(Object.entries(node.attributes as Record<string, string>)),
      line: parser.line,
    };
    handler.open(tag);
    if (node.isSelfClosing) handler.close(tag);
    else open.push(tag);
  });
  parser.on('closetag', (node) => {
    if (!node.isSelfClosing) handler.close(open.pop()!);
  });
  parser.on('text', (t) => {
    if (open.length > 0 && t !== '') handler.text(t);
  });
  parser.on('cdata', (t) => {
    if (t !== '') handler.text(t);
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(source).close();
}

/** saxes with no handlers but counting: the parser alone. */
function saxesBare(source: string): void {
  const parser = new SaxesParser();
  let open = 0;
  parser.on('opentag', () => open++);
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(source).close();
  if (open === 0) throw new Error('no element');
}

/** The least CPU time of five runs: the work is on this thread, and CPU time leaves out waiting on a busy machine. */
function fastest(f: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 5; k++) best = Math.min(best, timed(f).cpuSeconds);
  return best;
}

// Speed on a large GEXF.
const gexf = datasetToGexf(clusterDataset(generateSyntheticCluster({ actors, seed: 1 })));
const ours = counter();
scanXml(gexf, ours.handler);
const theirs = counter();
saxesScan(gexf, theirs.handler);
if (ours.counts() !== theirs.counts()) throw new Error(`the parsers disagree: ${ours.counts()} / ${theirs.counts()}`);
const mb = gexf.length / 1e6;
console.log(
  `## Speed: a GEXF of ${actors.toLocaleString('en')} actors, ${megabytes(gexf.length)} (${ours.counts()})\n`,
);
console.log('| scanner | CPU time | MB/s |');
console.log('| ------- | ---: | ---: |');
for (const [name, run] of [
  ['Muster `scanXml`', () => scanXml(gexf, counter().handler)],
  ['saxes behind the handler', () => saxesScan(gexf, counter().handler)],
  ['saxes alone', () => saxesBare(gexf)],
] as const) {
  const s = fastest(run);
  console.log(`| ${name} | ${seconds(s)} | ${(mb / s).toFixed(0)} |`);
}

// Bundle size.
async function bundle(contents: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code).length };
}
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
console.log('\n## Bundle size (esbuild, minified)\n');
console.log('| what | minified | gzip |');
console.log('| ---- | -------: | ---: |');
for (const [name, contents] of [
  ['Muster `scanXml`', "export { scanXml } from '../packages/formats/src/xml/scan.ts';"],
  ['saxes (with xmlchars)', "export { SaxesParser } from 'saxes';"],
] as const) {
  const size = await bundle(contents);
  console.log(`| ${name} | ${kb(size.raw)} | ${kb(size.gzip)} |`);
}

// Hostile documents.
const laughs =
  '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n' +
  Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k === 0 ? '' : k};`.repeat(10)}">`).join('\n') +
  '\n]>\n<lolz>&lol9;</lolz>';
const depth = 1_000_000;
const deep = '<a>'.repeat(depth) + '</a>'.repeat(depth);
function outcome(run: () => void): string {
  const t = timed(() => {
    try {
      run();
      return 'read';
    } catch (error) {
      return `refused: ${(error as Error).message.split('\n')[0]!.slice(0, 80)}`;
    }
  });
  return `${t.value} (${seconds(t.cpuSeconds)} CPU)`;
}
console.log('\n## Hostile documents\n');
console.log('| document | Muster `scanXml` | saxes behind the handler |');
console.log('| -------- | ---------------- | ------------------------ |');
for (const [name, text] of [
  ['billion laughs (9 levels of 10 entities)', laughs],
  [`${depth.toLocaleString('en')} nested elements`, deep],
] as const) {
  console.log(
    `| ${name} | ${outcome(() => scanXml(text, counter().handler))} | ${outcome(() => saxesScan(text, counter().handler))} |`,
  );
}
