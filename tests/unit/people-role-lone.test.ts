import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a lone name the tagger doubted, right after a role', () => {
  it.each([
    ['من جهته، قال المفوض بيبالغكس أن القدرة كبيرة', ['بيبالغكس'], ['بيبالغكس']],
    ['بالإضافة إلى الحارس الألماني تيرشتيجن الذي شارك مع منتخب بلاده', ['تيرشتيجن'], ['تيرشتيجن']],
    ['في ردفان من قبل المقاومة بقيادة اللواء جواس. وأوضح أن هناك جيوبا', ['جواس'], ['جواس']],
    // An honorific the lists lack as a title between the role and the name (الملا).
    ['زعيم حركة طالبان الأفغانية الملا عمر يؤكد في بيان رفضه الاتفاق', ['عمر'], ['عمر']],
    // A title with a possessive pronoun (his coach).
    ['وعادت البعثة العيناوية بقيادة مدربه زلاتكو. مبررات الخسارة', ['زلاتكو'], ['زلاتكو']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans, 0.35)).toEqual(expected);
  });
  it.each([
    // Without a role, the page-wide floor for a lone word holds.
    ['من جهته، قال بيبالغكس أن القدرة كبيرة', ['بيبالغكس'], []],
    // A common noun with a pronoun is no title (his colleague: زميل is no title in the lists).
    ['وعادت البعثة بقيادة زميله زلاتكو. مبررات الخسارة', ['زلاتكو'], []],
    // Too doubtful even after a role.
    ['من جهته، قال المفوض بيبالغكس أن القدرة كبيرة', ['بيبالغكس'], [], 0.2],
    // The accusative of a known word: the object of the role's verb (تحسب له الملكة حسابا).
    ['ما لم تحسب له الملكة حسابا هو أن تنجح الصحيفة', ['حسابا'], []],
    // A noun with the article after a role (سكن الإمام والمؤذن).
    ['إكمال بناء سكن الإمام والمؤذن، حتى تكتمل مرافق المسجد', ['المؤذن'], []],
    // A listed given name before a word with the article heads a name the finder left short, or a noun.
    ['واستقبل رئيس ديوان المظالم الوفد', ['ديوان'], []],
  ])('%s', (text, spans, expected, confidence = 0.35) => {
    expect(peopleFromSpans(text, spans, confidence)).toEqual(expected);
  });
});
