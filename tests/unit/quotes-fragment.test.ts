import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { isCommonWording, isPastReportedSubject } from '@/utils/nlp/quotes-fragment';
import { buildQuoteContextSteps } from '@/utils/nlp/quotes-context';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';
import { runSteps } from '@/utils/steps';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: common words set off inside reported speech (quotes-fragment)', () => {
  it.each([
    // Past the subject of the clause that إن/أن opens: the speaker's own words.
    ['وقال الوزير إن الوضع الأمني في المدينة «صعب جدا» منذ أسابيع.', 'صعب جدا', 'الوزير'],
    ['وأكد المحامي أن موكله «بحال جيدة» بعد العملية.', 'بحال جيدة', 'المحامي'],
    // …or right after an إنه that carries the subject.
    ['وقال المدير إنه «على يقين» بأن المشروع سينجح.', 'على يقين', 'المدير'],
    ['واعتبر الخبراء أن النظرية «أكثر انسجاما» مع الواقع.', 'أكثر انسجاما', 'الخبراء'],
    // …even after a name noun (شركة، قوات): indefinite words are the clause's predicate, not a name it heads.
    ['وقال الوزير إن مستوى الخدمات في شركة الكهرباء «سيئ جدا» منذ سنوات.', 'سيئ جدا', 'الوزير'],
    ['وأكد المسؤول أن عدد ضحايا الحادث هو «سبعة» فقط.', 'سبعة', 'المسؤول'],
    // …or the بـ right after a speech verb takes (ندد بـ«…»، طالب بـ«…»).
    ['وندد الرئيس بـ"هجوم إرهابي" استهدف المدينة.', 'هجوم إرهابي', 'الرئيس'],
    ['وطالب الوزير بـ«تحرك سريع» لوقف القتال.', 'تحرك سريع', 'الوزير'],
  ])('%s', (text, quoted, speaker) => {
    const q = detectQuotes(text).find((x) => x.text === quoted);
    expect(q?.speaker).toBe(speaker);
  });

  it.each([
    // A name after the verb's بـ (أشاد بـ«…»): no common word in it, or a definite one.
    ['وأشاد الوزير بـ«مجموعة الإمارات» في كلمته.'],
    ['ورحب المتحدث بـ«عاصفة الحزم» التي أطلقتها المملكة.'],
    // Definite phrases are names and terms (سوق الجمعة، الذئاب المنفردة).
    ['وقال الضابط إن الباعة في ضاحية «سوق الجمعة» يبيعون السلاح.'],
    // A speech verb far back: the writer's own account has moved on.
    ['وقال الرجل إن عددا من الجنود من الوحدات المرابطة قرب الحدود الشمالية للبلاد في تلك المنطقة الجبلية النائية قتلوا في حادث «إطلاق نار» صباح اليوم.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});

describe('isCommonWording', () => {
  const at = (text: string) => isCommonWording(text, text.indexOf('«') + 1, text.indexOf('»'));
  it.each([
    ['إن الوضع «صعب جدا»', true],
    ['أن الأمر «غير موجود»', true],
    ['أن «فجر ليبيا»', false],
    ['في «سوق الجمعة»', false],
    ['فوز «لا»', false],
    ['«كلمات كثيرة جدا هنا»', false],
  ])('%s → %s', (text, expected) => {
    expect(at(text)).toBe(expected);
  });
});

describe('isPastReportedSubject', () => {
  const past = (text: string) => {
    const ctx = runSteps(buildQuoteContextSteps(text, findMarkPairs(text)));
    const [open] = ctx.pairTokens[0] as [number, number];
    return isPastReportedSubject(ctx, 0, open);
  };
  it.each([
    ['قال إن الوضع «صعب»', true],
    ['قال إنه «حزين»', true],
    // The subject right after أن is as often a name (أن «فجر ليبيا» كانت …).
    ['قال إن «فجر ليبيا» كانت هناك', false],
    // No إن/أن: no reported clause.
    ['قال الرجل في «سوق الجمعة»', false],
  ])('%s → %s', (text, expected) => {
    expect(past(text)).toBe(expected);
  });
});
