/**
 * A labelled evaluation document, built piece by piece so that every label's span is exact by construction:
 * PII values and distractors are interpolated into tagged templates, and the builder records where they land.
 */

/** A PII value the scanner must report, with the detector that should report it. */
export interface Pii {
  kind: 'pii';
  detector: string;
  value: string;
  /** How it was generated (country, format), for the error listings. */
  variant: string;
}

/** A value that looks like PII to a pattern but is not (a date, an order number, a version …). */
export interface Dist {
  kind: 'dist';
  type: string;
  value: string;
}

export type Piece = string | number | Pii | Dist;

export interface Label {
  start: number;
  end: number;
  detector: string;
  value: string;
  variant: string;
}

export interface DistractorSpan {
  start: number;
  end: number;
  type: string;
  value: string;
}

export type Lang = 'en' | 'zh';

export interface EvalDoc {
  id: string;
  lang: Lang;
  kind: string;
  text: string;
  labels: Label[];
  distractors: DistractorSpan[];
}

export const pii = (detector: string, value: string, variant = ''): Pii => ({ kind: 'pii', detector, value, variant });
export const dist = (type: string, value: string): Dist => ({ kind: 'dist', type, value });

export function isPii(p: Piece): p is Pii {
  return typeof p === 'object' && p.kind === 'pii';
}

/** Plain text of a piece (what it contributes to the document). */
export function textOf(p: Piece): string {
  return typeof p === 'object' ? p.value : String(p);
}

export class DocBuilder {
  private out = '';
  private readonly labels: Label[] = [];
  private readonly distractors: DistractorSpan[] = [];

  /** Appends one piece; offsets are UTF-16 code units, the unit of JS strings and of finding columns. */
  add(p: Piece): this {
    const start = this.out.length;
    const s = textOf(p);
    this.out += s;
    if (typeof p === 'object') {
      if (p.kind === 'pii') this.labels.push({ start, end: start + s.length, detector: p.detector, value: s, variant: p.variant });
      else this.distractors.push({ start, end: start + s.length, type: p.type, value: s });
    }
    return this;
  }

  /** Tagged template: `b.t\`Call ${phone} today\``, no line break added. */
  t(strings: TemplateStringsArray, ...vals: Piece[]): this {
    strings.forEach((s, i) => {
      this.out += s;
      if (i < vals.length) this.add(vals[i]);
    });
    return this;
  }

  /** Line ending: '\r\n' for documents saved on Windows (CRM exports, mail clients). */
  eol = '\n';

  /** Tagged template that ends the line. */
  line(strings: TemplateStringsArray, ...vals: Piece[]): this {
    this.t(strings, ...vals);
    this.out += this.eol;
    return this;
  }

  /** Joins pieces with a separator (lists, table rows) and ends the line unless told otherwise. */
  join(pieces: readonly Piece[], sep: string, endLine = true): this {
    pieces.forEach((p, i) => {
      if (i > 0) this.out += sep;
      this.add(p);
    });
    if (endLine) this.out += this.eol;
    return this;
  }

  nl(n = 1): this {
    this.out += this.eol.repeat(n);
    return this;
  }

  get length(): number {
    return this.out.length;
  }

  build(id: string, lang: Lang, kind: string): EvalDoc {
    return { id, lang, kind, text: this.out, labels: [...this.labels], distractors: [...this.distractors] };
  }
}
