import escapeHtml from 'escape-html';

/**
 * A tagged template that escapes every interpolated value with escape-html unless it is already `Raw`
 * markup: data from the report (paths, snippets, column names) can never become markup by omission.
 */

export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Html = Raw | string | number | boolean | null | undefined | readonly Html[];

function render(v: Html): string {
  if (v instanceof Raw) return v.html;
  if (Array.isArray(v)) return (v as readonly Html[]).map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Html[]): Raw {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Raw(out);
}

/** Trusted markup only (our own constants, or output of `html`). */
export function raw(s: string): Raw {
  return new Raw(s);
}

export function join(parts: readonly Html[], sep: Html = ''): Raw {
  return new Raw(parts.map(render).join(render(sep)));
}
