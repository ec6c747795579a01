import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { linkedFromSpans, peopleFromSpans, personIn } from './person-mentions';

describe('people-hyphen: a double name written with a hyphen is one mention', () => {
  it.each([
    // The word across the hyphen joins the tagged side, after it or before it.
    ['قالت إنجريد أرندت-براور، رئيسة اللجنة المالية، إن التصويت قريب', ['إنجريد أرندت'], ['إنجريد أرندت-براور']],
    ['وأعلنت المفوضة فيريرو-فالدنر في تصريح لها أن الاتفاق قريب', ['فالدنر'], ['فيريرو-فالدنر']],
    // Two tagged sides the hyphen ties become one mention.
    ['وقالت ماري-كوليت بينا التي تبيع الملابس إن الأسعار ارتفعت', ['ماري', 'كوليت بينا'], ['ماري-كوليت بينا']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });

  it.each([
    // A byline's hyphens: the word across the hyphen has another hyphen after it.
    ['مهنا التميمي-سبق-الجوف: انطلقت اليوم فعاليات المهرجان', ['مهنا التميمي'], ['مهنا التميمي']],
    // …and a word no list knows there, with the byline's second hyphen on its far side.
    ['كتب أحمد الجابر-زرنيخوف-الرياض: انطلقت اليوم فعاليات المهرجان', ['أحمد الجابر'], ['أحمد الجابر']],
    // A hyphen with a space on one side sets off what follows.
    ['أجرى الحوار شقران الرشيدي- الرياض', ['شقران الرشيدي'], ['شقران الرشيدي']],
    // A word the lists know as something else than a name (a country) stays out.
    ['وقال الوزير أحمد الجابر-مصر في بيانه إن الاتفاق قريب', ['أحمد الجابر'], ['أحمد الجابر']],
    // A word glued to a dot on its far side is part of a code (جيه.بي.اكس-نيكي).
    ['وارتفع مؤشر جيه.بي.اكس-نيكي 400 بنسبة قليلة', ['نيكي'], ['نيكي']],
  ])('not: %s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });

  it('the repeat of the double name links to it', () => {
    const text = 'قالت إنجريد أرندت-براور، رئيسة اللجنة المالية، إن التصويت قريب. وقالت أرندت-براور إن اللجنة تجتمع غدا.';
    expect(linkedFromSpans(text, ['إنجريد أرندت'])).toEqual(['إنجريد أرندت-براور → إنجريد أرندت-براور', 'أرندت-براور → إنجريد أرندت-براور']);
  });

  it('a quotation after a verb whose subject is the double name goes to the whole name', () => {
    const text = 'وقالت ماري-كوليت بينا التي تبيع الملابس في السوق «إنها الوجبة الرئيسية لسكان البلاد».';
    const quotes = detectQuotes(text, [personIn(text, 'ماري-كوليت بينا', 'p:ماري كوليت بينا')]);
    expect(quotes.map((q) => [q.speaker, q.speakerEntity])).toEqual([['ماري-كوليت بينا', 'p:ماري كوليت بينا']]);
  });
});
