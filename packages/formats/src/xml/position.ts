/**
 * Finding places in a document's text for the XML scanner, in one pass:
 * offsets to lines and columns, and the next occurrence of a character.
 */

/** Turns offsets into lines and columns; cheap when asked in increasing order. */
export class Locator {
  private line = 1;
  private lineStart = 0;
  private nextBreak: number;
  constructor(private readonly text: string) {
    this.nextBreak = text.indexOf('\n');
  }

  at(offset: number): { line: number; column: number } {
    const line = this.lineAt(offset);
    return { line, column: offset - this.lineStart + 1 };
  }

  lineAt(offset: number): number {
    if (offset < this.lineStart) {
      this.line = 1;
      this.lineStart = 0;
      this.nextBreak = this.text.indexOf('\n');
    }
    while (this.nextBreak !== -1 && this.nextBreak < offset) {
      this.line++;
      this.lineStart = this.nextBreak + 1;
      this.nextBreak = this.text.indexOf('\n', this.lineStart);
    }
    return this.line;
  }
}

/**
 * A function giving the first place of `char` in `text` at or after an
 * offset (or the text's length); the place found is kept for the next
 * call, and the scanner's offsets only grow, so finding every one is one
 * pass over the text.
 */
export function nextOf(text: string, char: string): (offset: number) => number {
  let at = -1;
  return (offset) => {
    if (at < offset) {
      at = text.indexOf(char, offset);
      if (at === -1) at = text.length;
    }
    return at;
  };
}
