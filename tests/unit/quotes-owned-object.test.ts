import { describe, expect, it } from 'vitest';
import { isOwnedContent } from '@/utils/nlp/quotes-owned-object';
import { quoteSpeakers } from './person-mentions';

describe('quotes-owned-object: a thing said with its owner\'s pronoun is the verb\'s object', () => {
  it.each([['كلامه', true], ['فكرتها', true], ['ابحاثه', true], ['ولاءه', true], ['ولاؤه', true], ['اسمه', true], ['استيائي', true], ['والده', false], ['محاميه', false], ['كلام', false], ['راي', false]])('%s → %s', (word, owned) => {
    expect(isOwnedContent(word)).toBe(owned);
  });

  it('اختتم كلامه بالقول: the one who spoke, not his words', () => {
    const text = 'وتحدث الوزير سامي الحربي عن خطط الوزارة، ثم اختتم كلامه بالقول: «سنفتتح عشرين مدرسة جديدة قبل نهاية العام».';
    expect(quoteSpeakers(text, [['سامي الحربي', 'p:سامي الحربي']])).toEqual(['سامي الحربي']);
  });

  it('الذي نشر أبحاثه: the researcher named before, not his papers', () => {
    const text = 'وقال الباحث خالد العمري الذي نشر أبحاثه في مجلة «ساينس»: «سوف يقول المراجع إن النتيجة حقيقة والاستنتاج معقول».';
    expect(quoteSpeakers(text, [['خالد العمري', 'p:خالد العمري']])).toEqual(['خالد العمري']);
  });

  it('ورفض نشر اسمه: the official, not his name', () => {
    expect(quoteSpeakers('وقال أحد المسؤولين ورفض نشر اسمه لرويترز "الدلائل الأولية تشير إلى أنه هجوم انتحاري نفذه شخص واحد".')).toEqual(['أحد المسؤولين']);
  });

  it('a person with a pronoun still speaks (وقال والده)', () => {
    expect(quoteSpeakers('وقال والده: «كان يحلم دائما بأن يصبح طبيبا يعالج الفقراء في قريته».')).toEqual(['والده']);
  });
});
