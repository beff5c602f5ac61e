import { describe, expect, it } from 'vitest';
import { scanTextSync } from '../../src/engine/scan-text.js';

/**
 * Person names in English web text (mail, reviews, blogs, answers) through the real engine: one test per rule
 * of src/engine/recognisers/person-en.ts added for that text, each with the sentences it must find and near
 * misses (a firm, a product or a place in the same position) it must leave alone.
 */
const names = (text: string) =>
  scanTextSync(text, { showValues: true, fingerprintKey: 't' })
    .findings.filter((f) => f.detector === 'person_name')
    .map((f) => f.value);

describe('English person names in web text', () => {
  it('takes a known first name as the object of to or for, not a place one travels to', () => {
    expect(names('Can you pass this along to Elizabeth to ensure the deal is on board?')).toEqual(['Elizabeth']);
    expect(names('Nothing was too much trouble for Priscilla, thanks for a great stay.')).toEqual(['Priscilla']);
    expect(names('It was worth it to drive 10 miles down 75 to Allen.')).toEqual([]);
    expect(names('We shipped the parts to Georgia last week.')).toEqual([]);
  });

  it('reads a given name that is also a word as a name where mail or a list says so', () => {
    expect(names('Please let us know if anything changes. Thanks, Dawn')).toEqual(['Dawn']);
    expect(names("It sounds like he's worried that Bill or Melinda are going to die soon.")).toEqual(['Bill', 'Melinda']);
    expect(names('He is saying that Bill and Melinda are at a prime spot.')).toEqual(['Bill', 'Melinda']);
    expect(names('He gave most of his wealth to the Bill and Melinda Gates Foundation.')).toEqual([]);
    expect(names('The Farm Bill and the budget passed on Tuesday.')).toEqual([]);
    expect(names('The new Bill is a mess, and Dawn broke over the hills.')).toEqual([]);
  });

  it('takes a first name after a longer sign-off as the signature', () => {
    // Sentences joined on one line, as a quoted or flattened thread has them.
    expect(names('Thanks for all your help! Jeff The deals are listed below.')).toEqual(['Jeff']);
    expect(names('Thanks again, Marcus The deals are listed below.')).toEqual(['Marcus']);
    expect(names('Thanks for your help! Acme The deals are listed below.')).toEqual([]);
  });

  it('takes a signature followed by an e-mail address spelling the name', () => {
    expect(names('Thanks and Regard Rajendra rajendra.o@gmail.com')).toEqual(['Rajendra']);
    expect(names('Regards Qualitech support@acme.example')).toEqual([]);
  });

  it('keeps capitalised prepositions and articles out of a name', () => {
    expect(names('Sent 11:37 AM With Elizabeth comments added to summary.')).toEqual(['Elizabeth']);
    expect(names('I Highly Recommend, The Law Offices Of Dale Gribow!!')).toEqual(['Dale Gribow']);
    expect(names('She sang "Her Father Didn\'t Like Me Anyway" on the album.')).toEqual([]);
  });

  it('strips a capitalised royal or religious title before the name', () => {
    expect(names('He was one of the early companions of the Prophet Muhammad.')).toEqual(['Muhammad']);
    expect(names('The Prophet Mosque was crowded.')).toEqual([]);
  });

  it('takes an Arabic name with bin or al- after the given name', () => {
    expect(names('Arabs who pledged personal loyalty to Usamah Bin Laden.')).toEqual(['Usamah Bin Laden']);
    expect(names('They came from the group of Ayman al-Zawahiri (many of these were from Upper Egypt).')).toEqual(['Ayman al-Zawahiri']);
    expect(names('They joined the al-Jihad al-Islami group in Cairo.')).toEqual([]);
  });

  it("reads `a Ralph's` as a shop, not a person", () => {
    expect(names("This is a Ralph's, I just called this number.")).toEqual([]);
    expect(names('This is a Ralph \'s I just called this number')).toEqual([]);
    expect(names("Ralph's wife called this number.")).toEqual(['Ralph']);
  });

  it('takes a quoted nickname between a first name and a surname as part of the name', () => {
    expect(names('LSU may play in the Cotton Bowl (if Rohan "Alabama" Davey shows up for the next games).')).toEqual(['Rohan "Alabama" Davey']);
    expect(names('We flew from "Alabama" Airport yesterday.')).toEqual([]);
  });

  it('refuses local businesses named with a trade word', () => {
    expect(names('Until now - we will stick with Qualitech Computers!!!')).toEqual([]);
    expect(names('Best Limo Limousine service in all of Dallas.')).toEqual([]);
    expect(names('We will stick with Priya Sharma from now on.')).toEqual(['Priya Sharma']);
  });
});

describe('English look-alikes in forms and records', () => {
  it('reads three capitals or fewer alone in lower-case text as an acronym, not a first name', () => {
    expect(names('[08:08:12] Customer: my helper used the line in HK, her FIN is F5127758U and HK number +852 9187 3321')).toEqual([]);
    expect(names('The report was signed by John KENNEDY yesterday.')).toContain('John KENNEDY');
  });

  it('takes a word before a period and a lower-case ending as an abbreviation (Sig.ra), not a name', () => {
    expect(names('Requester: Sig.ra Giulia Ferraro, codice fiscale on file')).toEqual(['Giulia Ferraro']);
  });

  it('reads an insurer named <word> Life as a firm', () => {
    expect(names('Extended health insurer: Sun Life, plan 0142733')).toEqual([]);
  });

  it('reads a surname before & and a firm word as a firm partner, not a person', () => {
    expect(names('Brennan & Walsh Engineering Ltd., 14 Harcourt Street, Dublin 2')).toEqual([]);
    expect(names('Thanks Brennan, see you at the meeting with Tom & Anna.')).toContain('Brennan');
  });
});
