/**
 * Offsets in a migration file → 1-based line and UTF-16 column (CONTRACT.md "Positions"). Parsers speak
 * three units: libpg-query gives statement and node locations in UTF-8 bytes and syntax-error cursors in
 * characters (code points); node-sql-parser gives JS string indices. Everything becomes a UTF-16 index
 * first, then a line and column.
 */
export class SourceText {
  private readonly lineStarts: number[] = [0];
  private bytes: Buffer | null = null;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) this.lineStarts.push(i + 1);
  }

  /** UTF-16 index of a UTF-8 byte offset. */
  indexOfByte(byteOffset: number): number {
    this.bytes ??= Buffer.from(this.text, 'utf8');
    const b = Math.max(0, Math.min(byteOffset, this.bytes.length));
    return this.bytes.toString('utf8', 0, b).length;
  }

  /** UTF-16 index of a code-point offset. */
  indexOfCodePoint(cp: number): number {
    let i = 0;
    for (let n = 0; n < cp && i < this.text.length; n++) {
      const c = this.text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < this.text.length ? 2 : 1;
    }
    return i;
  }

  /** 1-based line and UTF-16 column of a UTF-16 index. */
  position(index: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - this.lineStarts[lo] + 1 };
  }

  /** Skip whitespace and SQL comments from `index` (a statement's location may start before its first token). */
  skipTrivia(index: number): number {
    const t = this.text;
    let i = index;
    for (;;) {
      while (i < t.length && /\s/.test(t[i])) i++;
      if (t.startsWith('--', i) || t.startsWith('#', i)) {
        while (i < t.length && t[i] !== '\n') i++;
      } else if (t.startsWith('/*', i)) {
        const end = t.indexOf('*/', i + 2);
        i = end < 0 ? t.length : end + 2;
      } else return i;
    }
  }

  /**
   * The extent of the identifier written at `index`: a quoted one ("手机号", `手机号`) up to its closing
   * quote, otherwise a run of identifier characters. At least one character.
   */
  identifierEnd(index: number): number {
    const t = this.text;
    const q = t[index];
    if (q === '"' || q === '`' || q === '[') {
      const close = q === '[' ? ']' : q;
      let i = index + 1;
      while (i < t.length) {
        if (t[i] === close) {
          if (t[i + 1] === close) i += 2; // doubled quote inside a quoted identifier
          else return i + 1;
        } else i++;
      }
      return t.length;
    }
    let i = index;
    while (i < t.length && /[\p{L}\p{N}_$]/u.test(t[i])) i++;
    return Math.max(i, index + 1);
  }
}
