/**
 * Help text as printed: the option lists of a command's help lined up in
 * one column, whatever width each command's own options and the shared
 * snippets (--mapping, the privacy options) were written with.
 */

/** An option line: two spaces, a flag, then two or more spaces and its description. */
const OPTION = /^ {2}(-\S.*?)(?: {2,}(\S.*))?$/;
/** A description carried on to the next line: only spaces before it. */
const CONTINUED = /^ {6,}(\S.*)$/;

/** `help` with every block of option lines aligned to the widest flag of its block. */
export function alignOptions(help: string): string {
  const lines = help.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!OPTION.test(lines[i]!)) {
      out.push(lines[i++]!);
      continue;
    }
    // One block: option lines and their continuations, up to the first other line.
    const block: { flag: string; text: string[] }[] = [];
    while (i < lines.length) {
      const option = OPTION.exec(lines[i]!);
      const continued = CONTINUED.exec(lines[i]!);
      if (option !== null) block.push({ flag: option[1]!, text: option[2] === undefined ? [] : [option[2]] });
      else if (continued !== null && block.length > 0) block[block.length - 1]!.text.push(continued[1]!);
      else break;
      i++;
    }
    const column = Math.max(...block.map((b) => b.flag.length)) + 4;
    for (const { flag, text } of block) {
      const [first, ...rest] = text;
      out.push(first === undefined ? `  ${flag}` : `  ${flag.padEnd(column - 2)}${first}`);
      for (const line of rest) out.push(`${' '.repeat(column)}${line}`);
    }
  }
  return out.join('\n');
}
