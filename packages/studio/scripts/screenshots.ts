/**
 * The screenshots of docs/studio.md, taken from the real page: the studio
 * as `muster studio --out` writes it, opened from a file:// URL in Debian's
 * chromium, with the Firth Valley files given to its file input.
 * Run: `npx tsx --conditions=@muster/source packages/studio/scripts/screenshots.ts`
 * after `pnpm build`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, REPO } from '../../viewer/test/harness.js';
import { FIRTH_FILES, writeBrokenActors, writeLaterWave } from '../test/firth-files.js';

const work = mkdtempSync(join(tmpdir(), 'muster-studio-shots-'));
try {
  execFileSync(process.execPath, [join(REPO, 'packages/cli/dist/bin.js'), 'studio', '--out', join(work, 'studio')]);
  const browser = await launch({ width: 1440, height: 1000 });
  const { page } = browser;
  await page.goto(pathToFileURL(join(work, 'studio/index.html')).href);
  await page.setInputFiles('#files', FIRTH_FILES);
  await page.waitForFunction(() => document.getElementById('map')?.dataset.state === 'ready');
  await page.selectOption('#locality', 'Hollinwell');
  await page.waitForFunction(() => /Audited/.test(document.getElementById('status')?.textContent ?? ''));
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(REPO, 'docs/images/studio-hollinwell.png') });
  // A later wave (three actors gone, a service designer and an investor joined in Hollinwell) and the diff.
  const later = join(work, 'later');
  mkdirSync(later);
  await page.setInputFiles('#later-files', writeLaterWave(later));
  await page.locator('#diff h5').first().waitFor();
  await page.locator('section.waves').screenshot({ path: join(REPO, 'docs/images/studio-waves.png') });
  // A broken actors.csv: a misspelt role and an id used twice.
  await page.setInputFiles('#files', [writeBrokenActors(work)]);
  await page.locator('#issues').waitFor();
  await page.screenshot({
    path: join(REPO, 'docs/images/studio-problems.png'),
    clip: { x: 0, y: 0, width: 1440, height: 760 },
  });
  await browser.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
