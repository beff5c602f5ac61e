import { FormatError } from './errors.js';

/**
 * A streaming JSON walker over UTF-8 bytes that reports leaves with their key paths and the line
 * where each record starts. Written here rather than taken from npm because the readers need
 * line numbers (stream-json and JSON.parse give none) and exact number text: JSON.parse turns a
 * 19-digit card number into a float and the Luhn check would fail. Memory is bounded by the
 * longest single string or number (jsonMaxTokenBytes), never by the document.
 *
 * Records: in `json` mode a top-level array is a table and each element is a record; any other
 * top-level value is one record. In `ndjson` mode each line is a record; a line that is not valid
 * JSON is reported and skipped, and the next line starts afresh.
 */

export interface JsonSink {
  /** A record starts at `line` (1-based). */
  recordStart(line: number): void;
  /** A leaf of the current record. `path` is '' for a value not inside any object or array. */
  leaf(path: string, value: string): void;
  recordEnd(): void;
  /** ndjson mode: the current record (line) is invalid and dropped. */
  recordInvalid(line: number, message: string): void;
}

export interface TokenizerOptions {
  mode: 'json' | 'ndjson';
  maxTokenBytes: number;
}

const enum S {
  Value, // expecting a value
  AfterValue, // expecting , ] } or the end of the document
  KeyOrEnd, // just after {: a key or }
  Key, // after a comma in an object: a key
  Colon,
  String, // inside a string (value or key)
  Bare, // inside a number or literal
  SkipLine, // ndjson: discarding the rest of an invalid line
}

interface Frame {
  array: boolean;
  /** Path of the values inside: `a.b[]` for an array, the object's own path for an object. */
  path: string;
  key: string;
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

const EMPTY = Buffer.alloc(0);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;

function isWs(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
function isBare(b: number): boolean {
  // letters, digits, + - .  (numbers and true/false/null; anything else ends the token)
  return (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x2b || b === 0x2d || b === 0x2e;
}

class SyntaxFault extends Error {}

export class JsonTokenizer {
  line = 1;
  private state: S = S.Value;
  private stack: Frame[] = [];
  private parts: Buffer[] = [];
  private tokenBytes = 0;
  private escaped = false;
  private hasEscape = false;
  private stringIsKey = false;
  /** json mode: a record per element of a top-level array. */
  private tableArray = false;
  private inRecord = false;
  private recordLine = 0;
  private roots = 0;

  constructor(
    private readonly sink: JsonSink,
    private readonly options: TokenizerOptions,
  ) {}

  write(buf: Buffer): void {
    let i = 0;
    const n = buf.length;
    while (i < n) {
      try {
        i = this.step(buf, i, n);
      } catch (e) {
        if (!(e instanceof SyntaxFault)) throw e;
        if (this.options.mode === 'json') throw new FormatError('FORMAT_CORRUPT', `invalid JSON at line ${this.line}: ${e.message}`, { row: this.line });
        this.dropLine(e.message);
        // Resume after the newline (or wait for it in the next chunk).
        const lf = buf.indexOf(LF, i);
        if (lf === -1) return;
        i = lf;
      }
    }
  }

  end(): void {
    try {
      if (this.state === S.Bare) this.finishBare(this.text(EMPTY, 0, 0));
      if (this.state === S.SkipLine) return;
      if (this.stack.length > 0 || this.state === S.String) {
        throw new SyntaxFault(`unexpected end of data inside ${this.state === S.String ? 'a string' : this.stack[this.stack.length - 1].array ? 'an array' : 'an object'} (truncated?)`);
      }
    } catch (e) {
      if (!(e instanceof SyntaxFault)) throw e;
      if (this.options.mode === 'ndjson') this.dropLine(e.message);
      else throw new FormatError('FORMAT_CORRUPT', `invalid JSON at line ${this.line}: ${e.message}`, { row: this.line });
    }
  }

  private dropLine(message: string): void {
    const line = this.recordLine || this.line;
    this.sink.recordInvalid(line, message);
    this.stack = [];
    this.parts = [];
    this.tokenBytes = 0;
    this.inRecord = false;
    this.recordLine = 0;
    this.state = S.SkipLine;
  }

  /** Advance from `i`; returns the next index. */
  private step(buf: Buffer, i: number, n: number): number {
    switch (this.state) {
      case S.String:
        return this.inString(buf, i, n);
      case S.Bare: {
        let j = i;
        while (j < n && isBare(buf[j])) j++;
        if (j < n) this.finishBare(this.text(buf, i, j));
        else this.take(buf, i, j);
        return j;
      }
      case S.SkipLine: {
        const lf = buf.indexOf(LF, i);
        if (lf === -1) return n;
        this.line++;
        this.state = S.Value;
        return lf + 1;
      }
    }
    const b = buf[i];
    if (b === LF) {
      // Thrown before counting the line: the caller skips to this very newline.
      if (this.options.mode === 'ndjson' && (this.stack.length > 0 || this.state !== S.Value && this.state !== S.AfterValue)) throw new SyntaxFault('the line ends inside an object or array');
      this.line++;
      return i + 1;
    }
    if (isWs(b)) return i + 1;
    switch (this.state) {
      case S.Value:
        return this.startValue(i, b);
      case S.AfterValue:
        return this.afterValue(i, b);
      case S.Colon:
        if (b !== 0x3a) throw new SyntaxFault(`expected ':', found ${show(b)}`);
        this.state = S.Value;
        return i + 1;
      default: // KeyOrEnd, Key
        if (b === 0x7d && this.state === S.KeyOrEnd) return this.close(i, false);
        if (b !== QUOTE) throw new SyntaxFault(`expected a key, found ${show(b)}`);
        this.beginString(true);
        return i + 1;
    }
  }

  private startValue(i: number, b: number): number {
    if (b === 0x5d && this.stack.length && this.stack[this.stack.length - 1].array) return this.close(i, true); // [] (and a lenient [1,])
    if (this.stack.length === 0) this.beginRoot(b);
    else if (this.tableArray && this.stack.length === 1) this.beginRecord();
    if (b === QUOTE) {
      this.beginString(false);
      return i + 1;
    }
    if (b === 0x7b || b === 0x5b) {
      const parent = this.stack[this.stack.length - 1];
      const path = parent ? this.childPath(parent) : '';
      const array = b === 0x5b;
      // The array that is the table: its elements are records, so their paths start afresh.
      const inner = array ? (this.tableArray && this.stack.length === 0 ? '' : `${path}[]`) : path;
      this.stack.push({ array, path: inner, key: '' });
      this.state = array ? S.Value : S.KeyOrEnd;
      return i + 1;
    }
    if (isBare(b)) {
      this.parts = [];
      this.tokenBytes = 0;
      this.state = S.Bare;
      return i;
    }
    throw new SyntaxFault(`unexpected ${show(b)}`);
  }

  private beginRoot(b: number): void {
    this.roots++;
    this.tableArray = this.options.mode === 'json' && b === 0x5b && this.roots === 1;
    if (!this.tableArray) this.beginRecord();
  }

  private beginRecord(): void {
    this.inRecord = true;
    // A JSON document is row 1 (CONTRACT.md); later roots of a concatenated file and table elements get their line.
    this.recordLine = this.options.mode === 'json' && !this.tableArray && this.roots === 1 ? 1 : this.line;
    this.sink.recordStart(this.recordLine);
  }

  private endRecordIfDone(): void {
    const depth = this.stack.length;
    if (this.inRecord && (depth === 0 || (this.tableArray && depth === 1))) {
      this.inRecord = false;
      this.recordLine = 0;
      this.sink.recordEnd();
    }
  }

  private afterValue(i: number, b: number): number {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      // A complete top-level value followed by more: a concatenated / line-delimited sequence.
      return this.startValue(i, b);
    }
    if (b === 0x2c) {
      this.state = top.array ? S.Value : S.Key;
      return i + 1;
    }
    if (b === 0x5d && top.array) return this.close(i, true);
    if (b === 0x7d && !top.array) return this.close(i, false);
    throw new SyntaxFault(`expected ',' or '${top.array ? ']' : '}'}', found ${show(b)}`);
  }

  private close(i: number, array: boolean): number {
    const top = this.stack.pop();
    if (!top || top.array !== array) throw new SyntaxFault(`unexpected ${array ? ']' : '}'}`);
    this.state = S.AfterValue;
    this.endRecordIfDone();
    return i + 1;
  }

  private childPath(frame: Frame): string {
    if (frame.array) return frame.path;
    return frame.path ? `${frame.path}.${frame.key}` : frame.key;
  }

  private beginString(key: boolean): void {
    this.stringIsKey = key;
    this.parts = [];
    this.tokenBytes = 0;
    this.escaped = false;
    this.hasEscape = false;
    this.state = S.String;
  }

  private inString(buf: Buffer, i: number, n: number): number {
    let j = i;
    let escaped = this.escaped;
    for (; j < n; j++) {
      const b = buf[j];
      if (escaped) escaped = false;
      else if (b === BACKSLASH) {
        escaped = true;
        this.hasEscape = true;
      } else if (b === QUOTE) break;
      else if (b < 0x20) throw new SyntaxFault('a control character or line break inside a string');
    }
    this.escaped = escaped;
    if (j === n) {
      this.take(buf, i, j);
      return n;
    }
    this.finishString(this.text(buf, i, j));
    return j + 1;
  }

  private count(bytes: number): void {
    this.tokenBytes += bytes;
    if (this.tokenBytes > this.options.maxTokenBytes) {
      throw new FormatError('FORMAT_TOO_LARGE', `a JSON ${this.state === S.String ? 'string' : 'value'} at line ${this.line} is longer than ${this.options.maxTokenBytes} bytes (limit jsonMaxTokenBytes)`, { row: this.line });
    }
  }

  /** Keep a piece of a token that goes on in the next chunk (copied: the chunk's memory is reused). */
  private take(buf: Buffer, from: number, to: number): void {
    if (to <= from) return;
    this.count(to - from);
    this.parts.push(Buffer.from(buf.subarray(from, to)));
  }

  /** The token's text, ending with buf[from, to): decoded in place in the common case of a token within one chunk. */
  private text(buf: Buffer, from: number, to: number): string {
    this.count(to - from);
    if (this.parts.length === 0) return buf.toString('utf8', from, to);
    const text = Buffer.concat([...this.parts, buf.subarray(from, to)]).toString('utf8');
    this.parts = [];
    return text;
  }

  private finishString(raw: string): void {
    let text = raw;
    if (this.hasEscape) {
      try {
        text = JSON.parse(`"${text}"`) as string;
      } catch {
        throw new SyntaxFault('an invalid escape in a string');
      }
    }
    const top = this.stack[this.stack.length - 1];
    if (this.stringIsKey) {
      top.key = text;
      this.state = S.Colon;
      return;
    }
    this.emitLeaf(top, text);
  }

  private finishBare(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (text === 'null') {
      this.state = S.AfterValue;
      this.endRecordIfDone();
      return;
    }
    if (text !== 'true' && text !== 'false' && !NUMBER.test(text)) throw new SyntaxFault(`unexpected ${JSON.stringify(text.slice(0, 20))}`);
    // Number text as written: exact digits for long identifiers, no float round trip.
    this.emitLeaf(top, text);
  }

  private emitLeaf(top: Frame | undefined, text: string): void {
    if (text !== '') this.sink.leaf(top ? this.childPath(top) : '', text);
    this.state = S.AfterValue;
    this.endRecordIfDone();
  }
}

function show(b: number): string {
  return b >= 0x20 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16).padStart(2, '0')}`;
}
