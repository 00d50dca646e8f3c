/**
 * The studio page as `muster studio` writes it: the built page of
 * @muster/studio (beside this code in the command's self-contained tarball,
 * else from the workspace), with a dataset embedded when one is given — as
 * JSON in a data block, escaped so that nothing in it can end the block.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { escapeJsonForHtml } from '@muster/viewer/standalone';

/** Where the page's preloaded data goes; a comment, so the page without data is still whole. */
const MARK = '<!--muster-preload-->';

/** The built studio page. */
export function studioPage(): string {
  const beside = fileURLToPath(new URL('./studio/index.html', import.meta.url));
  let path = beside;
  if (!existsSync(beside)) {
    try {
      path = createRequire(import.meta.url).resolve('@muster/studio/index.html');
    } catch {
      path = '';
    }
  }
  if (path === '' || !existsSync(path)) {
    throw new Error('the studio page is not built: run `pnpm --filter @muster/studio build` first');
  }
  const page = readFileSync(path, 'utf8');
  if (!page.includes(MARK)) throw new Error('the studio page has no place for preloaded data');
  return page;
}

/** The page with `datasetJson` (core's one-file JSON form) embedded for it to open with. */
export function withDataset(page: string, datasetJson: string): string {
  JSON.parse(datasetJson);
  const block = `<script type="application/json" id="muster-preload">${escapeJsonForHtml(datasetJson.trim())}</script>`;
  return page.replace(MARK, () => block);
}
