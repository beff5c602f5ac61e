import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldDocs } from '../../bench/eval/names-gold.js';

// Weibo NER's layout: one character a line, a blank line between posts, no document markers.
const BIO = ['王\tB-PER.NAM', '菲\tI-PER.NAM', '好\tO', '', '我\tO', '爱\tO', '妈\tB-PER.NOM', '妈\tI-PER.NOM', '', '@\tO', '邓\tB-PER.NAM', '超\tI-PER.NAM', ''].join('\n');

describe('names-gold: labelled files for the name eval', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'piiscan-gold-')), 'weibo.bio');
  writeFileSync(file, BIO);

  it('reads a character-per-line file as one document, PER.NAM spans only (PER.NOM is no name)', () => {
    const docs = loadGoldDocs(file, 'bio', { lang: 'zh' });
    expect(docs).toHaveLength(1);
    expect(docs[0].text).toBe('王菲好我爱妈妈@邓超\n');
    expect(docs[0].labels.map((l) => docs[0].text.slice(l.start, l.end))).toEqual(['王菲', '邓超']);
  });

  it('with sentenceDocs makes every sentence a document, alternating between tune and holdout', () => {
    const docs = loadGoldDocs(file, 'bio', { lang: 'zh', sentenceDocs: true });
    expect(docs.map((d) => d.text)).toEqual(['王菲好\n', '我爱妈妈\n', '@邓超\n']);
    expect(docs.map((d) => d.split)).toEqual(['tune', 'holdout', 'tune']);
    expect(docs[2].labels.map((l) => docs[2].text.slice(l.start, l.end))).toEqual(['邓超']);
  });
});
