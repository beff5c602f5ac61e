/**
 * Words that name the United Kingdom as a passport's issuer. A UK passport number is 9 digits, the shape of an
 * older US passport book number, so the country on the line is the only thing that tells the two apart:
 * gb.passport takes these as its context words, us.passport as negative ones.
 *
 * The country joined with the passport label (`British passport number`) is listed as one phrase as well:
 * the engine lets a detector's own word that labels a value more closely outweigh a negative word further
 * away, and `passport number` alone is us.passport's word, nearer to the value than `British`. The phrase
 * ends where that word ends, so neither is nearer and the country counts.
 */

const UK = ['uk', 'u.k.', 'british', 'united kingdom', 'great britain', 'gbr', 'gb'];
const LABELS = ['passport', 'passport number', 'passport no', 'passport num', 'passport book'];

export const UK_PASSPORT_CUES: readonly string[] = [
  'uk', 'u.k.', 'united kingdom', 'great britain', 'british', 'gbr', 'hmpo', 'hm passport office', 'british citizen',
  ...UK.flatMap((c) => LABELS.map((l) => `${c} ${l}`)),
];
