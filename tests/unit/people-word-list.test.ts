import { describe, expect, it } from 'vitest';
import { personTexts as names } from './person-mentions';

describe('addWordListItems: one-word names of a و-chain that holds two persons or more', () => {
  it('finds the untagged surnames next to the ones the tagger found', () => {
    const found = names('حقق الفوز على حساب الفريق الذي يضم بيرلو وتيفيز وفيدال وبوغبا.');
    expect(found).toEqual(expect.arrayContaining(['بيرلو', 'تيفيز', 'فيدال', 'بوغبا']));
  });

  it('goes on past a mark before the chain, outward from the persons', () => {
    const found = names('وسيضم المنتخب سواريز من (برشلونة) وبوغبا وبيرلو وتيفيز وفيدال من (يوفنتوس) في القائمة.');
    expect(found).toEqual(expect.arrayContaining(['بوغبا', 'بيرلو', 'تيفيز', 'فيدال']));
  });

  it('leaves words that are not shaped as names, and chains with fewer than two one-word persons', () => {
    // a plural, a word with the article, a pronoun: no names
    expect(names('يضم بيرلو وتيفيز واللاعبين وفريقه.')).not.toEqual(expect.arrayContaining(['اللاعبين']));
    expect(names('يضم بيرلو وتيفيز واللاعبين وفريقه.').some((n) => n.includes('فريق'))).toBe(false);
    // one person alone in the chain
    expect(names('وقال بيرلو وضحك كثيرا.')).not.toContain('ضحك');
  });
});
