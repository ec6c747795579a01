import { describe, expect, it } from 'vitest';
import { peopleFromSpans, personTexts } from './person-mentions';

describe('untagged name in apposition to a role, before any word', () => {
  it.each([
    // The role announces the name; the word after it need not close a clause part.
    ['وكان في استقبالهم مدير المستشفى عامر الموينع ومساعده وعدد من الأطباء', ['عامر الموينع']],
    ['من جهته دعا مدير شؤون المعلمين سعد الموينع المرشحين إلى الحضور', ['سعد الموينع']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // Without a role before it, a name before an open word is left to the tagger.
    ['وفي هذا اليوم رأيت عامر الموينع ومساعده في السوق', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});

describe('untagged name heading a list of found names', () => {
  it.each([
    // The next item of the list, behind و or a comma, is a name already found.
    ['واتفق نواف الفليحي وسعد الشمري على أهمية المبادرة', ['سعد الشمري'], ['نواف الفليحي', 'سعد الشمري']],
    ['وضم الوفد ثلاثة وهم نواف الفليحي، وسعد الشمري، وخالد المطيري', ['سعد الشمري', 'خالد المطيري'], ['نواف الفليحي', 'سعد الشمري', 'خالد المطيري']],
    // A noun in construct before a found name heads no list.
    ['وفي شهر رمضان المبارك وسعد الشمري في المدينة', ['سعد الشمري'], ['سعد الشمري']],
  ])('%s', (text, tagged, expected) => {
    expect(peopleFromSpans(text, tagged)).toEqual(expected);
  });
});

describe('untagged name in a list, behind its conjunction', () => {
  it('leaves the conjunction و out of the name', () => {
    const text = 'وضمت القائمة سعد الشمري، ورائد الفليحي، وخالد المطيري';
    expect(peopleFromSpans(text, ['سعد الشمري', 'خالد المطيري'])).toEqual(['سعد الشمري', 'رائد الفليحي', 'خالد المطيري']);
  });
});

describe('untagged notable name after a preposition, no role before it', () => {
  it.each([
    ['وسلمته مذكرة احتجاج على التصريحات التي صدرت مؤخرا عن علي خامنئي. وأكد الوكيل رفضها', ['علي خامنئي']],
    ['وصمم التليفريك مكتب المهندسة المعمارية المعروفة زها حديد. ويقع في الشمال', ['زها حديد']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // A given name no notable's name holds, before a notable's family name: a campus, a thing.
    ['والحرم الجامعي الثاني، حرم ماكدونالد، يقع خارج المدينة', []],
    // The family name is open: a word follows that closes no name.
    ['وصدرت عن علي خامنئي تصريحات جديدة', []],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
});

describe('the given name علي written as the preposition على, before a notable\'s family name', () => {
  it.each([
    // After a role, the tagger's span kept whole.
    ['وتضمنت الخطبة التي ألقاها مرشد الجمهورية الإيرانية على خامنئي، إشارات', ['على خامنئي'], ['على خامنئي']],
    // Untagged, after a role.
    ['وتضمنت الخطبة التي ألقاها مرشد الجمهورية الإيرانية على خامنئي، إشارات', [], ['على خامنئي']],
    // No role before it: the preposition, its object the notable (ردا على خامنئي).
    ['وجاء ذلك ردا على خامنئي، الذي قال', ['على خامنئي'], ['خامنئي']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it('after آية الله, with the tagger', () => {
    expect(personTexts('لفتت الضوء على فتوى المرشد الأعلى للثورة، آية الله على خامنئي، بتحريم صناعة الأسلحة')).toEqual(['على خامنئي']);
  });
});
