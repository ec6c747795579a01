import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('given name shaped as an adjective after an indefinite noun', () => {
  it.each([
    // The adjective agrees with the indefinite noun before it.
    ['واحتفل الناس بيوم مبارك في القرية', ['مبارك'], []],
    ['وطالب الأهالي بموقف حازم من البلدية', ['حازم'], []],
    ['يتميز المبنى بطراز فريد في المنطقة', ['فريد'], []],
    // A three-letter nisba (سرّي، فعلي) agrees as well.
    ['وقال محاميه إنه سيدفن في مكان سري، حسب محاميه', ['سري'], []],
    ['التحقيقات المتعلقة بتلقي رشى من الشركات', ['رشى'], []],
    // Two such adjectives joined by و.
    ['وأكد أن الهدف تحقيق قضاء عادل وناجز ، وإيصال الحقوق لأصحابها', ['عادل وناجز'], []],
    // After a preposition, a kinship noun with a pronoun or a verb the word is a name.
    ['وجلس المدير مع سعيد في المكتب', ['سعيد'], ['سعيد']],
    ['فسألني سعيد عن الموعد', ['سعيد'], ['سعيد']],
    ['ويدعى خالد وهو من سكان الحي', ['خالد'], ['خالد']],
    // A word of a fuller name of the page stays.
    ['زار عادل حمدان المدينة. وكان لقاء عادل بالأهالي طويلا', ['عادل حمدان', 'عادل'], ['عادل حمدان', 'عادل']],
    // A family name behind و is no adjective (قاض عادل وهبي).
    ['وقال المحامي إن قاض عادل وهبي نظر القضية', ['عادل وهبي'], ['عادل وهبي']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.9)).toEqual(expected);
  });
});
