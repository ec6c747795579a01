import { describe, expect, it } from 'vitest';
import { NER_CLUSTERS } from '@/assets/model/ner-clusters';
import { NER_LEXICON } from '@/assets/model/ner-lexicon';
import { lexiconText } from '@/utils/nlp/ner/lexicon';
import { spellWord, unspellWord } from '@/utils/nlp/ner/word-spelling';
import { wordTableSteps } from '@/utils/nlp/ner/word-table';
import { runSteps } from '@/utils/steps';

/** Words of every kind the shipped lists hold: Arabic, Latin (spelling letters among them), digits, the escape, other scripts. */
const WORDS = ['ماكرون', 'بلينكن', 'ءؤئ', 'يي', 'iPhone', 'Zoo', 'qrstuvwxyz', 'S', 'a~b', '~', 'x1', '2015', 'μλε', '«ناسا»', 'بيل2', 'Aا'];

describe('the ASCII spelling of the shipped word lists', () => {
  it('writes every Arabic letter of a folded word as one ASCII letter, and reads every word back', () => {
    expect(spellWord('ماكرون')).toBe('kGiQnl');
    expect(spellWord('ماكرون')).toMatch(/^[\x21-\x7e]+$/);
    for (const w of WORDS) expect(unspellWord(spellWord(w))).toBe(w);
  });

  it('escapes an ASCII character that is a spelling letter or the escape, and nothing else', () => {
    expect(spellWord('Zoo')).toBe('~Z~o~o');
    expect(spellWord('qrstuvwxyz')).toBe('qrstuvwxyz');
    expect(spellWord('a~b')).toBe('~a~~~b');
    expect(spellWord('2015')).toBe('2015');
    expect(spellWord('μλε')).toBe('μλε');
  });

  it('gives a word table that finds every word of a spelled list by its written-out form, and no other word', () => {
    const entries = new Map(WORDS.map((w, i) => [w, i + 1]));
    const lookup = runSteps(wordTableSteps(lexiconText(entries), new Map([['باريس', 99]])));
    expect(WORDS.map(lookup)).toEqual(WORDS.map((_, i) => i + 1));
    expect(lookup('باريس')).toBe(99);
    // Words that are no entry: other words, a spelling letter's case changed, a spelled form itself.
    for (const w of ['روما', 'zoo', 'Z~oo', 'A', '', spellWord('ماكرون'), '~~']) expect([w, lookup(w)]).toEqual([w, 0]);
  });

  it('reads an escape that ends one loading step with the character that starts the next', () => {
    // The reader takes 60,000 characters a step: the escape is the last character of the first step
    // (the words are all ASCII here: 'x', '~Z' is Z itself, 'Z' a spelled Arabic letter).
    const head = `1\t${spellWord('كلمة')} `;
    const text = `${head}${'x'.repeat(60_000 - 2 - head.length)} ~Z\n2\tZ`;
    expect(text[59_999]).toBe('~');
    const lookup = runSteps(wordTableSteps(text));
    expect([lookup('Z'), lookup(unspellWord('Z')), lookup('كلمة')]).toEqual([1, 2, 1]);
  });

  it('leaves the shipped lists without an Arabic letter: they are spelled', () => {
    for (const text of [NER_LEXICON, NER_CLUSTERS]) {
      expect(text.length).toBeGreaterThan(100_000);
      expect(/[\u0621-\u064a]/.test(text)).toBe(false);
    }
    expect(/[^\x00-\x7f]/.test(NER_LEXICON)).toBe(false);
  });
});
