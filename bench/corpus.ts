import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reproducible mixed English/Chinese corpus with sparse PII (10 % of lines), the same recipe as the team's
 * reference comparison (../shared/bench): seeded LCG, so every run and machine scans identical bytes.
 */
export function generateTextCorpus(file: string, mib: number): number {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const words = (
    'the of and to in is was for on that with as by at from this be are or have an it not which but all were when we there can been has more if will one their about also into its than two some time could then them other these may like only new would first any my now such where over most after made did many before must through back years much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three states himself few house use during without again place american around however home small found mrs thought went say part once general high upon school every does got united left number course war until always away something fact though water less public put think almost hand enough far took head yet government system better set told nothing night end why called didnt eyes find going look asked later knew point next city give group toward young let room president side social present given several order national possible rather second face per among form important often things looked early white case john become large big need four within felt along children saw best church ever least power development light thing seemed family interest want members mind country area others done turned although open god service certain kind problem began different door thus help sense means whole matter perhaps itself york times law human line above name example action company hands local show whether five history gave today either act feet across taken past quite anything seen having death experience body word half really week free car field office'
  ).split(' ');
  const zh = '客户数据隐私保护企业合规加密访问控制定期审核员工培训政策同意最小化系统管理信息安全法律法规沟通渠道投诉建议风险评估存储传输'.split('');
  const luhn = (s: string) => {
    let sum = 0;
    let alt = false;
    for (let i = s.length - 1; i >= 0; i--) {
      let d = +s[i];
      if (alt) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      alt = !alt;
    }
    return sum % 10 === 0;
  };
  const card = () => {
    for (;;) {
      const s = '4' + Array.from({ length: 15 }, () => Math.floor(rnd() * 10)).join('');
      if (luhn(s)) return s.replace(/(\d{4})(?=\d)/g, '$1 ');
    }
  };
  const cnid = () => {
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const c = '10X98765432';
    const b =
      '110105' +
      (1950 + Math.floor(rnd() * 60)) +
      String(1 + Math.floor(rnd() * 12)).padStart(2, '0') +
      String(1 + Math.floor(rnd() * 28)).padStart(2, '0') +
      String(Math.floor(rnd() * 1000)).padStart(3, '0');
    let s = 0;
    for (let i = 0; i < 17; i++) s += +b[i] * w[i];
    return b + c[s % 11];
  };
  const pii = [
    () => `user${Math.floor(rnd() * 1e5)}@example.com`,
    () => `+1 415-555-${String(Math.floor(rnd() * 1e4)).padStart(4, '0')}`,
    () => `13${Math.floor(rnd() * 10)}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
    card,
    () => 'GB82 WEST 1234 5698 7654 32',
    () => `${100 + Math.floor(rnd() * 600)}-${10 + Math.floor(rnd() * 89)}-${1000 + Math.floor(rnd() * 8999)}`,
    cnid,
    () => `10.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}.${Math.floor(rnd() * 255)}`,
  ];
  const target = mib * 1024 * 1024;
  const fd = openSync(file, 'w');
  let n = 0;
  let buf: string[] = [];
  while (n < target) {
    let line: string;
    if (rnd() < 0.5) line = Array.from({ length: 8 + Math.floor(rnd() * 12) }, () => words[Math.floor(rnd() * words.length)]).join(' ');
    else line = Array.from({ length: 20 + Math.floor(rnd() * 30) }, () => zh[Math.floor(rnd() * zh.length)]).join('');
    if (rnd() < 0.1) line += ' ' + pii[Math.floor(rnd() * pii.length)]() + ' ' + words[Math.floor(rnd() * words.length)];
    buf.push(line);
    n += Buffer.byteLength(line) + 1;
    if (buf.length > 10000) {
      writeSync(fd, buf.join('\n') + '\n');
      buf = [];
    }
  }
  writeSync(fd, buf.join('\n') + '\n');
  closeSync(fd);
  return n;
}

/**
 * A log of machine tokens — request ids (hex), SHA-256 digests, base64 session blobs, bcrypt hashes — and no
 * personal data: the input that once blew up the prefilter's DFA (every byte a new state). Deterministic.
 */
export function generateTokenLog(file: string, mib: number): number {
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mib * 2 ** 20; i++) {
    const h = (s: string) => createHash('sha256').update(s).digest();
    const t = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
    const line = `${t} req=${h(`r${i}`).toString('hex').slice(0, 32)} sha256=${h(`s${i}`).toString('hex')} session=${h(`b${i}`).toString('base64')}${h(`c${i}`).toString('base64').slice(0, 12)} pw=$2b$12$${h(`p${i}`).toString('base64').replace(/[+=]/g, '.')}${h(`q${i}`).toString('base64').replace(/[+=]/g, '.').slice(0, 10)}\n`;
    lines.push(line);
    bytes += Buffer.byteLength(line);
  }
  writeFileSync(file, lines.join(''));
  return bytes;
}

/**
 * Real prose: the sentences of the labelled eval text (bench/eval/data/uner-*.txt — news, Wikipedia, web text,
 * e-mail, in English and Chinese; markup and comment lines dropped) in a seeded random order until the size is
 * reached. Capitalised words and names on most lines: the recognisers read nearly every line here, where the
 * generated corpus's lower-case prose barely wakes them. Deterministic.
 */
export function generateProseCorpus(file: string, mib: number, dataDir: string): number {
  const sentences: string[] = [];
  for (const f of readdirSync(dataDir).filter((n) => /^uner-.*\.txt$/.test(n)).sort()) {
    for (const line of readFileSync(join(dataDir, f), 'utf8').split('\n')) {
      if (line.trim() && !line.startsWith('#')) sentences.push(line.replace(/\[\[|\]\]/g, ''));
    }
  }
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const out: string[] = [];
  let bytes = 0;
  while (bytes < mib * 2 ** 20) {
    const line = `${sentences[Math.floor(rnd() * sentences.length)]}\n`;
    out.push(line);
    bytes += Buffer.byteLength(line);
  }
  writeFileSync(file, out.join(''));
  return bytes;
}
