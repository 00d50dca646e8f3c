/**
 * Muster Studio against the Node audit, in the same run, on synthetic
 * clusters (planted partition, see synthetic.ts) of 2,000 actors / 20,000
 * ties and 20,000 / 200,000 (`--sizes`, ten ties per actor):
 * - node audit: `readDataset` of the folder and `auditCluster` (the
 *   browser-safe audit on one thread, the code the studio runs), in this process;
 * - studio audit: the same audit in the studio's Web Worker in headless
 *   chromium, as the page reports it (`Audited in N ms`); the ratio is
 *   studio / node;
 * - files in → report shown: from giving the page the CSV files to the
 *   report in its frame (reading in the worker, audit, HTML, the copy back);
 * - frame gap, working: the longest time between two animation frames of
 *   the page while the worker reads and audits (the page's responsiveness);
 * - frame gap, showing: the same, for the frames that end once the answer
 *   is in: putting the report in its frame and starting the map (main thread);
 * - map ready: until the map beside the report is laid out and drawn.
 * And the size of the studio page (everything inlined), raw and gzipped.
 *
 *   pnpm build
 *   node --conditions=@muster/source --import tsx bench/studio.ts [--sizes 2000,20000]
 *
 * Needs /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { auditCluster } from '@muster/audit';
import { readDataset } from '@muster/formats/node';
import { count, ratio, scratchFolder, seconds, table, timed } from './measure.js';
import { generateSyntheticCluster } from './synthetic.js';
import { writeSyntheticDataset } from './write-dataset.js';
import { hasChromium, launch, REPO } from '../packages/viewer/test/harness.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '2000,20000' } } });
const sizes = values.sizes.split(',').map(Number);

if (!hasChromium) {
  console.error('bench/studio: /usr/bin/chromium is missing (apt-get install chromium)');
  process.exit(1);
}

execFileSync(process.execPath, [join(REPO, 'packages/studio/scripts/build.mjs')], { stdio: 'pipe' });
const page = readFileSync(join(REPO, 'packages/studio/dist/index.html'));
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `studio page (index.html, everything inlined): ${kb(page.length)} raw, ${kb(gzipSync(page, { level: 9 }).length)} gzip\n`,
);

const work = scratchFolder('muster-bench-studio-');
const browser = await launch({ width: 1440, height: 1000 });
const rows: string[][] = [
  [
    'actors',
    'ties',
    'node audit',
    'studio audit',
    'ratio',
    'files → report',
    'frame gap, working',
    'frame gap, showing',
    'map ready',
  ],
];
try {
  for (const actors of sizes) {
    const dir = join(work, String(actors));
    const cluster = generateSyntheticCluster({ actors, ties: actors * 10, seed: 1 });
    writeSyntheticDataset(cluster, dir);
    const node = timed(() => auditCluster(readDataset(dir), { seed: 1 }));
    // Reading is part of the node figure above; time the audit alone, as the page does.
    const dataset = readDataset(dir);
    const audit = timed(() => auditCluster(dataset, { seed: 1 }));
    const { page: tab } = browser;
    await tab.goto(pathToFileURL(join(REPO, 'packages/studio/dist/index.html')).href);
    // A string, not a function: the page must not see the names tsx gives functions.
    await tab.evaluate(`(() => {
      window.gap = 0;
      window.shownGap = 0;
      window.last = performance.now();
      window.watching = true;
      const status = document.getElementById('status');
      const tick = (now) => {
        // A gap that ends once the report is in was spent showing it; before, while the worker worked.
        const key = /Audited/.test(status.textContent) ? 'shownGap' : 'gap';
        window[key] = Math.max(window[key], now - window.last);
        window.last = now;
        if (window.watching) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const started = Date.now();
    await tab.setInputFiles('#files', [join(dir, 'actors.csv'), join(dir, 'ties.csv')]);
    await tab.waitForFunction(() => /Audited in/.test(document.getElementById('status')?.textContent ?? ''), null, {
      timeout: 600_000,
      polling: 50,
    });
    const shown = (Date.now() - started) / 1000;
    await tab.waitForTimeout(200);
    const gap = await tab.evaluate(() => {
      const w = window as unknown as { gap: number; shownGap: number; watching: boolean };
      w.watching = false;
      return { working: w.gap, shown: w.shownGap };
    });
    const studioMs = Number(/Audited in (\d+) ms/.exec((await tab.locator('#status').innerText()) ?? '')![1]);
    await tab.waitForFunction(() => document.getElementById('map')?.dataset.state === 'ready', null, {
      timeout: 600_000,
    });
    const ready = (Date.now() - started) / 1000;
    rows.push([
      count(actors),
      count(cluster.tieCount),
      `${seconds(audit.seconds)} (${seconds(node.seconds)} with reading)`,
      seconds(studioMs / 1000),
      ratio(studioMs / 1000 / audit.seconds),
      seconds(shown),
      `${Math.round(gap.working)} ms`,
      `${Math.round(gap.shown)} ms`,
      seconds(ready),
    ]);
    console.log(table(rows));
    console.log();
  }
} finally {
  await browser.close();
}
