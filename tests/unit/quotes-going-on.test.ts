import { describe, expect, it } from 'vitest';
import { isGoingOn } from '@/utils/nlp/quotes-going-on';
import { quoteSpeakers } from './person-mentions';

describe('quotes-going-on: a verb of going on before a speech verb is not its subject', () => {
  it.each([['ومضي', true], ['فراح', true], ['وعادت', true], ['وزير', false], ['عادل', false]])('%s → %s', (word, going) => {
    expect(isGoingOn(word)).toBe(going);
  });

  it('ومضى يقول إن: the one already speaking', () => {
    const text = 'وقال رئيس الوزراء كمال عيسى إن «الاتفاق يحمي مصالحنا». ومضى يقول إن «البديل كان سيكلفنا أكثر بكثير».';
    expect(quoteSpeakers(text, [['كمال عيسى', 'p:كمال عيسى']])).toEqual(['كمال عيسى', 'كمال عيسى']);
  });

  it('وعادت نادية تقول: the name between the two verbs', () => {
    expect(quoteSpeakers('وعادت نادية تقول: «هل نذهب إلى البحر غدا يا أمي؟»')).toEqual(['نادية']);
  });
});
