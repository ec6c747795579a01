import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isGoingOn } from '@/utils/nlp/quotes-going-on';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-going-on: a verb of going on before a speech verb is not its subject', () => {
  it.each([['ومضي', true], ['فراح', true], ['وعادت', true], ['وزير', false], ['عادل', false]])('%s → %s', (word, going) => {
    expect(isGoingOn(word)).toBe(going);
  });

  it('ومضى يقول إن: the one already speaking', () => {
    const text = 'وقال رئيس الوزراء كمال عيسى إن «الاتفاق يحمي مصالحنا». ومضى يقول إن «البديل كان سيكلفنا أكثر بكثير».';
    expect(speakers(text, [['كمال عيسى', 'p:كمال عيسى']])).toEqual(['كمال عيسى', 'كمال عيسى']);
  });

  it('وعادت نادية تقول: the name between the two verbs', () => {
    expect(speakers('وعادت نادية تقول: «هل نذهب إلى البحر غدا يا أمي؟»')).toEqual(['نادية']);
  });
});
