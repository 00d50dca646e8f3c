/**
 * Ids and locality names that are different text but look the same: `a1`
 * and a Cyrillic `а1`, `Ann` and `ann`, `a1` and `a1` with a zero-width
 * space in it. They stay apart (they are different text), and each later
 * one is warned about with the first it looks like. Two keys find them: one
 * ignores case and invisible characters, the other also maps look-alike
 * letters and digits to one prototype (a subset of Unicode's confusables,
 * UTS #39, in confusables.json). Both first apply NFKC, which folds
 * no-break spaces and full-width letters into plain ones.
 */
import confusables from './confusables.json' with { type: 'json' };
import { codePoint } from './characters.js';

const PROTOTYPE = new Map<string, string>();
for (const [prototype, chars] of Object.entries(confusables)) for (const c of chars) PROTOTYPE.set(c, prototype);
const CONFUSABLE = new RegExp(`[${[...PROTOTYPE.keys()].join('')}]`, 'g');

/** Characters that show as nothing: soft hyphen, zero-width space and joiners, direction marks, the BOM, fillers. */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- each is one invisible code point, removed on its own
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
const PLAIN = /^[\u0020-\u007e]*$/;

const bare = (text: string): string => (PLAIN.test(text) ? text : text.normalize('NFKC').replace(INVISIBLE, ''));
const skeleton = (text: string): string => text.replace(CONFUSABLE, (c) => PROTOTYPE.get(c)!);

/** A spelling that looks like an earlier one. */
export interface LookAlike {
  text: string;
  row: number;
  like: string;
  likeRow: number;
  /** How they differ, for a message: `only in case`, `by look-alike characters (U+0430)`. */
  how: string;
}

/** The characters beyond printable ASCII in either text, as `U+0430`. */
function unusual(a: string, b: string): string[] {
  const chars = new Set([...a, ...b].filter((c) => !PLAIN.test(c)));
  return [...chars].map(codePoint);
}

/** Each spelling (in order of first row) that looks like an earlier one, with the earlier one. */
export function lookAlikes(
  spellings: Iterable<[text: string, row: number]>,
  skip?: (a: string, b: string) => boolean,
): LookAlike[] {
  const folded = new Map<string, [string, number]>();
  const shaped = new Map<string, [string, number]>();
  const found: LookAlike[] = [];
  for (const [text, row] of spellings) {
    const plain = bare(text);
    const lower = plain.toLowerCase();
    const keys: [Map<string, [string, number]>, string][] = [
      [folded, lower],
      [shaped, skeleton(skeleton(plain).toLowerCase())],
    ];
    let reported = false;
    for (const [map, key] of keys) {
      const first = map.get(key);
      if (first === undefined) map.set(key, [text, row]);
      else if (!reported && first[0] !== text && !skip?.(first[0], text)) {
        reported = true;
        const odd = unusual(first[0], text);
        const which = odd.length > 0 ? ` (${odd.join(', ')})` : '';
        const firstPlain = bare(first[0]);
        const how =
          firstPlain === plain
            ? `only by invisible characters or the kind of space${which}`
            : lower === firstPlain.toLowerCase()
              ? `only in case${which}`
              : `by look-alike characters${which || ' (such as 0 and O, 1 and l)'}`;
        found.push({ text, row, like: first[0], likeRow: first[1], how });
      }
    }
  }
  return found;
}
