import { isAscii, isUtf8 } from 'node:buffer';
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { sniff } from '../sources/text-file.js';
import { FormatError } from './errors.js';
import type { OnIssue } from './types.js';

/**
 * Encoding detection and streaming transcoding to UTF-8, for table readers and plain text alike.
 *
 * Order of evidence: a BOM; UTF-16 without a BOM (a NUL in every other byte); valid UTF-8 (pure
 * ASCII counts, and is re-examined at the first non-ASCII byte); else chardet's ranking on the
 * head — 64 KiB decides well, while a single short GBK line is misread by every detector.
 * A guess is only taken when it decodes the head cleanly: replacement and control characters
 * above a small share mean FORMAT_DECODE, never a scan of mojibake.
 */

/** How many bytes detection looks at. */
export const DETECT_BYTES = 64 * 1024;

export interface EncodingGuess {
  /** iconv-lite / WHATWG name, lower case: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, `shift_jis`, `windows-1252`… */
  encoding: string;
  /** Bytes of BOM at the start of the data, skipped by the decoder. */
  bomLength: number;
  /** True when the head was ASCII only: then UTF-8 is an assumption until a non-ASCII byte shows up. */
  asciiOnly: boolean;
  /** 100 for a BOM or valid UTF-8, chardet's confidence otherwise. */
  confidence: number;
}

/** chardet names that mean the GB family; GB18030 decodes GB2312 and GBK (Excel's CSV export in China) too. */
const GB_FAMILY = new Set(['gb18030', 'gbk', 'gb2312']);
/** Below this chardet confidence a guess is noise (random bytes score 1–3). */
const MIN_CONFIDENCE = 10;

/** Characters that text does not contain: U+FFFD, C0 controls other than tab/LF/VT/FF/CR/ESC, DEL and C1 controls. */
const BAD_CHARS = /[\uFFFD\u0000-\u0008\u000E-\u001A\u001C-\u001F\u007F-\u009F]/g;

export function countBadChars(text: string): number {
  return text.match(BAD_CHARS)?.length ?? 0;
}

/** A handful of bad characters is tolerated (a stray byte); more than 0.5% is not text in this encoding. */
export function tooManyBad(bad: number, total: number): boolean {
  return bad > 3 + 0.005 * total;
}

/** Length of `buf` without an incomplete UTF-8 sequence cut at its end. */
export function utf8CompleteLength(buf: Uint8Array): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}


function iconvName(chardetName: string): string | undefined {
  const name = chardetName.toLowerCase();
  if (GB_FAMILY.has(name)) return 'gb18030';
  if (name.startsWith('utf-') || name.startsWith('iso-2022')) return undefined; // handled above / stateful, not supported
  return iconv.encodingExists(name) ? name : undefined;
}

const NON_ASCII = /[^\u0000-\u007f]/gu;
const NON_ASCII_LETTER = /[^\u0000-\u007f\P{L}]/gu;

/**
 * Decode `bytes` with `encoding` and tell whether it reads as text. A single-byte code page maps
 * every byte to something, so clean decoding is not enough: outside ASCII, text is mostly letters
 * (é, ü, Ж, 张), while binary or a wrong guess gives symbols (†‡‰¶±¼).
 */
function decodesCleanly(bytes: Buffer, encoding: string): boolean {
  const text = iconv.decode(bytes, encoding);
  if (tooManyBad(countBadChars(text), text.length)) return false;
  const nonAscii = text.match(NON_ASCII)?.length ?? 0;
  const letters = text.match(NON_ASCII_LETTER)?.length ?? 0;
  return letters >= nonAscii * 0.5;
}

/** Guess among chardet's candidates for non-UTF-8 bytes; undefined when none decodes cleanly. */
function guessLegacy(head: Buffer): EncodingGuess | undefined {
  const ranked = analyse(head).filter((m) => m.confidence >= MIN_CONFIDENCE);
  // On a tie at the top (short samples) the GB family goes first: it is the common case for
  // Excel's CSV export in China, and a mistaken GB guess on other CJK text fails the clean-decode check.
  const top = ranked[0]?.confidence;
  ranked.sort((a, b) => b.confidence - a.confidence || Number(GB_FAMILY.has(b.name.toLowerCase())) - Number(GB_FAMILY.has(a.name.toLowerCase())));
  for (const m of ranked) {
    const enc = iconvName(m.name);
    if (enc === undefined) continue;
    if (decodesCleanly(head, enc)) return { encoding: enc, bomLength: 0, asciiOnly: false, confidence: m.confidence };
    if (m.confidence < (top ?? 0) / 4) break;
  }
  return undefined;
}

/**
 * Tell the encoding from the first bytes (`DETECT_BYTES` is enough; give what there is).
 * Throws FORMAT_DECODE when the bytes are binary or no encoding reads them as text.
 */
export function detectEncoding(head: Buffer): EncodingGuess {
  const s = sniff(head);
  if (s.kind === 'binary') throw new FormatError('FORMAT_DECODE', `not text (${s.reason})`);
  if (s.encoding !== 'utf-8' || s.bomLength > 0) return { encoding: s.encoding, bomLength: s.bomLength, asciiOnly: false, confidence: 100 };
  const body = head.subarray(0, utf8CompleteLength(head));
  if (isUtf8(body)) {
    const ascii = isAscii(body);
    if (ascii || !tooManyBad(countBadChars(body.toString('utf8')), body.length)) return { encoding: 'utf-8', bomLength: 0, asciiOnly: ascii, confidence: 100 };
    throw new FormatError('FORMAT_DECODE', 'not text (control characters in UTF-8 data)');
  }
  const legacy = guessLegacy(head);
  if (legacy) return legacy;
  throw new FormatError('FORMAT_DECODE', 'cannot tell the text encoding: neither UTF-8/UTF-16 nor a legacy encoding decodes it without replacement characters');
}

export interface DecodedStream extends AsyncIterable<Buffer> {
  /** The encoding in use; it may change once, from an ASCII-only head to what the first non-ASCII bytes show. */
  readonly encoding: string;
  /** UTF-8 bytes delivered so far. */
  readonly bytesOut: number;
}

export interface DecodeOptions {
  /** Reports `ENCODING_SWITCHED` when an ASCII head turns out to be in a legacy encoding. */
  onIssue?: OnIssue;
  /** Skip detection and use this encoding (iconv-lite name). */
  encoding?: string;
}

/**
 * Decode `source` (the data from its first byte, BOM included) to UTF-8 chunks. `head` is the first
 * bytes of the same data (e.g. DETECT_BYTES), used for detection only; the caller peeks it and
 * replays it in `source`. Throws FORMAT_DECODE synchronously when the head cannot be decoded, and
 * while iterating when later data turns out not to be text in the detected encoding.
 */
export function decodeStream(source: AsyncIterable<Buffer>, head: Buffer, options: DecodeOptions = {}): DecodedStream {
  const guess: EncodingGuess = options.encoding ? { encoding: options.encoding.toLowerCase(), bomLength: 0, asciiOnly: false, confidence: 100 } : detectEncoding(head);
  let encoding = guess.encoding;
  let bytesOut = 0;

  async function* run(): AsyncGenerator<Buffer> {
    let skip = guess.bomLength;
    let asciiOnly = guess.asciiOnly;
    let decoder: ReturnType<typeof iconv.getDecoder> | undefined = encoding === 'utf-8' ? undefined : iconv.getDecoder(encoding, { stripBOM: false });
    let carry: Buffer = Buffer.alloc(0); // an incomplete UTF-8 sequence between chunks
    let bad = 0;
    let total = 0;

    const check = () => {
      if (tooManyBad(bad, total)) {
        throw new FormatError('FORMAT_DECODE', `data after byte ${bytesOut} of the decoded text is not ${encoding}: ${bad} undecodable or control characters in ${total}`);
      }
    };
    let highSurrogate = ''; // half of a pair cut by the chunk boundary (UTF-16 input)
    const viaDecoder = (d: NonNullable<typeof decoder>, bytes: Buffer): Buffer => {
      let text = highSurrogate + d.write(bytes);
      highSurrogate = '';
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        highSurrogate = text.slice(-1);
        text = text.slice(0, -1);
      }
      bad += countBadChars(text);
      total += text.length;
      return Buffer.from(text, 'utf8');
    };

    for await (const raw of source) {
      let chunk = raw;
      if (skip > 0) {
        const n = Math.min(skip, chunk.length);
        chunk = chunk.subarray(n);
        skip -= n;
        if (chunk.length === 0) continue;
      }
      let out: Buffer;
      if (decoder) {
        out = viaDecoder(decoder, chunk);
      } else {
        if (asciiOnly && !isAscii(chunk)) {
          // The first non-ASCII bytes decide what the "UTF-8" file really is.
          let first = 0;
          while (chunk[first] < 0x80) first++;
          const rest = chunk.subarray(first);
          const probe = rest.subarray(0, utf8CompleteLength(rest));
          asciiOnly = false;
          if (!isUtf8(probe)) {
            const legacy = guessLegacy(rest);
            if (!legacy) throw new FormatError('FORMAT_DECODE', `bytes after ${bytesOut + first} are neither UTF-8 nor a legacy encoding we can tell`);
            options.onIssue?.({ code: 'ENCODING_SWITCHED', message: `the first ${bytesOut + first} bytes were ASCII; the rest decodes as ${legacy.encoding}` });
            encoding = legacy.encoding;
            decoder = iconv.getDecoder(encoding, { stripBOM: false });
            const ascii = Buffer.concat([carry, chunk.subarray(0, first)]);
            carry = Buffer.alloc(0);
            total += ascii.length;
            out = Buffer.concat([ascii, viaDecoder(decoder, rest)]);
            bytesOut += out.length;
            check();
            yield out;
            continue;
          }
        }
        const joined = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        const end = utf8CompleteLength(joined);
        out = joined.subarray(0, end);
        carry = Buffer.from(joined.subarray(end));
        total += out.length;
        if (!isUtf8(out)) bad += invalidUtf8Sequences(out);
      }
      check();
      if (out.length) {
        bytesOut += out.length;
        yield out;
      }
    }
    let tail: Buffer;
    if (decoder) {
      const text = highSurrogate + (decoder.end() ?? '');
      bad += countBadChars(text);
      total += text.length;
      tail = Buffer.from(text, 'utf8');
    } else {
      // A sequence cut by the end of the file: one replacement character, like any decoder.
      if (carry.length) bad++;
      tail = carry.length ? Buffer.from(carry.toString('utf8'), 'utf8') : carry;
    }
    check();
    if (tail.length) {
      bytesOut += tail.length;
      yield tail;
    }
  }

  const iterable = run();
  return {
    get encoding() {
      return encoding;
    },
    get bytesOut() {
      return bytesOut;
    },
    [Symbol.asyncIterator]: () => iterable,
  };
}

/** Invalid sequences in UTF-8 bytes: replacement characters after decoding, minus the real U+FFFD already there. */
function invalidUtf8Sequences(bytes: Buffer): number {
  const decoded = bytes.toString('utf8');
  let replaced = 0;
  for (let i = decoded.indexOf('\uFFFD'); i !== -1; i = decoded.indexOf('\uFFFD', i + 1)) replaced++;
  let genuine = 0;
  for (let i = bytes.indexOf(REPLACEMENT_UTF8); i !== -1; i = bytes.indexOf(REPLACEMENT_UTF8, i + 3)) genuine++;
  return replaced - genuine;
}
const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);
