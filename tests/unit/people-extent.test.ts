import { describe, expect, it } from 'vitest';
import type { NamedSpan } from '@/utils/nlp/ner';
import { findPeople } from '@/utils/nlp/people';
import { tokenize } from '@/utils/nlp/tokenize';
import { peopleFromSpans } from './person-mentions';

/** The mentions findPeople gives for one person span whose surface starts `skip` characters into its first token. */
function peopleFromCliticSpan(text: string, word: string, words: number, skip: number): string[] {
  const tokens = tokenize(text);
  const tokenStart = tokens.findIndex((t) => t.text === word);
  const tokenEnd = tokenStart + words;
  const start = tokens[tokenStart]!.start + skip, end = tokens[tokenEnd - 1]!.end;
  const span: NamedSpan = { start, end, text: text.slice(start, end), type: 'PERS', confidence: 0.9, tokenStart, tokenEnd };
  return findPeople(text, tokens, [span]).map((m) => m.text);
}

describe('family name after a lone given name', () => {
  it.each([
    // A bare family name the lists know only as a name, before what closes a name.
    ['ورئيس مركز المقابلات أحمد متعب على ضرورة رفع المستندات', ['أحمد'], ['أحمد متعب']],
    // An unlisted family name before the next name of a list behind و.
    ['يقوم ببطولة الفيلم كريس سواتيك وبرايس دالاس', ['كريس'], ['كريس سواتيك']],
    // An unlisted family name in ة before the masculine relative pronoun.
    ['وكشف نواف العقلة الذي يمتلك شركة للاستشارات', ['نواف'], ['نواف العقلة']],
    // An unlisted family name in ات, which opens as أفعل does but is no verb.
    ['وقال محافظ العقبة فواز إرشيدات إن الوضع مستقر', ['فواز'], ['فواز إرشيدات']],
    // An unlisted family name before a relative pronoun, which closes the name as a mark does.
    ['ردا على تصريحات المحافظ مصطفى بصاص التي هاجم فيها الحركة', ['مصطفى'], ['مصطفى بصاص']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // A common word after the name stays out, before a list as anywhere.
    ['وصل أحمد مبكرا وخالد إلى المدرسة', ['أحمد'], ['أحمد']],
    // A listed name that does not close the name is left out (the object of a verb, here).
    ['وقال أحمد متعب كثيرا في المباراة', ['أحمد'], ['أحمد']],
    // An unlisted word that opens as a verb does and ends otherwise than in ات (استبشر) stays out.
    ['وقال أحمد استبشر الناس بالخبر', ['أحمد'], ['أحمد']],
  ])('not: %s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});

describe('listed given name before a lone family name', () => {
  it.each([
    ['من جهته، قال كفاح محمود، المستشار الإعلامي', ['محمود'], ['كفاح محمود']],
    // والسوري ماهر: the adjective with its conjunction stands for a person, whose name follows (people-demonym.ts).
    ['الفنانات سارة الجابر، خلود الجابر، والسوري ماهر', ['سارة الجابر', 'الجابر'], ['سارة الجابر', 'خلود الجابر', 'ماهر']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // After a relative pronoun the word is the clause's verb (خلف "succeeded").
    ['برئاسة حيدر العبادي، الذي خلف المالكي والذي ينتمي', ['حيدر العبادي', 'المالكي'], ['حيدر العبادي', 'المالكي']],
    // A plural noun is no family name (nor a name at all: people-plural.ts drops it).
    ['عبدالرحمن البراك، أسماء الفائزين في جائزة الخط', ['عبدالرحمن البراك', 'الفائزين'], ['عبدالرحمن البراك']],
  ])('not: %s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});

describe('doubtful clitic on a short stem', () => {
  it('keeps the whole word when ب leaves a short stem not on the page', () => {
    expect(peopleFromCliticSpan('توماس مولر أو برشلونة بدرو رودريغيز اللذين', 'بدرو', 2, 1)).toEqual(['بدرو رودريغيز']);
  });
  it('reads ب off a short stem that stands bare on the page', () => {
    expect(peopleFromCliticSpan('رحب بدرو رودريغيز. وقال درو رودريغيز إن', 'بدرو', 2, 1)[0]).toBe('درو رودريغيز');
  });
  it('keeps the whole word when ب leaves a short stem right after a verb of speech: the subject', () => {
    expect(peopleFromCliticSpan('وقال بوين إنه على الرغم من الهجمات فإن الإنتاج مستمر.', 'بوين', 1, 1)).toEqual(['بوين']);
    expect(peopleFromCliticSpan('وأشاد بوين الجديد بالفريق.', 'بوين', 1, 1)).toEqual(['وين']);
  });
  it('keeps the whole word when a و follows a word no conjunction follows (لكن، مع، في، إن)', () => {
    expect(peopleFromCliticSpan('بطل الدوري الممتاز. لكن وولتر غولييلموني، وهو الأخ غير الشقيق', 'وولتر', 2, 1)).toEqual(['وولتر غولييلموني']);
    expect(peopleFromCliticSpan('كما الحال مع وورن بيتي في أفلامه', 'وورن', 2, 1)).toEqual(['وورن بيتي']);
    // (محمد علي after بطولة is the credits rule's: people-credits.ts)
    expect(peopleFromCliticSpan('من بطولة محمد علي ونايف فايز في المسلسل', 'ونايف', 2, 1)).toEqual(['محمد علي', 'نايف فايز']);
  });
  it('reads و off a short stem as before', () => {
    expect(peopleFromCliticSpan('سكوت ووكر (13%) وجيب بوش (12%)', 'وجيب', 2, 1)).toEqual(['جيب بوش']);
  });
  it('leaves out a common word read as a clitic on a short name', () => {
    expect(peopleFromCliticSpan('صدور فتوى السيستاني بالجهاد', 'فتوى', 2, 1)).toEqual(['السيستاني']);
  });
});
