import { describe, expect, it } from 'vitest';
import { quoteSpeakers, quoteTexts } from './person-mentions';

describe('detectQuotes: what a call or demand asks for (quotes-demand)', () => {
  it.each([
    ['وقد دعت الولايات المتحدة الثلاثاء الماضي رعاياها الموجودين في كينيا إلى «التيقظ»، محذرة من خطر متزايد.', 'التيقظ'],
    ['وقالت السفيرة إن الاتفاق مهم. ودعت طهران إلى «اقتناص هذه الفرصة» واعدة بالمساعدة.', 'اقتناص هذه الفرصة'],
    ['ويكلف المجلس الوكالة بالتحقق، ويطالب إيران بـ"التعاون التام" مع الوكالة.', 'التعاون التام'],
  ])('%s', (text, quoted) => {
    expect(quoteTexts(text)).toEqual([quoted]);
  });

  it.each([
    // إلى after another verb is a place or a name, not what is asked for.
    ['وسافر الوفد الرسمي أمس إلى «جنيف» لحضور الاجتماع.'],
    // A demand in an earlier sentence does not reach over its end.
    ['وطالب الأهالي بالإسراع. وانضم اللاعب إلى «الهلال» بعقد لثلاثة مواسم.'],
  ])('%s', (text) => {
    expect(quoteTexts(text)).toEqual([]);
  });
});

describe('quotes-demand: a place right after a feminine call verb, after a woman\'s words', () => {
  const before = 'وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة سامنتا باور إن «هذا الاتفاق لا يبدد كل قلقنا». ';
  it('is whom she called on: the words are still hers', () => {
    expect(quoteSpeakers(`${before}ودعت طهران إلى «اقتناص هذه الفرصة».`, [['سامنتا باور', 'سامنتا باور']])).toEqual(['سامنتا باور', 'سامنتا باور']);
    // (a speaker phrase the recogniser did not name, in the sentence right before)
    expect(quoteSpeakers(`${before}ودعت طهران إلى «اقتناص هذه الفرصة».`)[1]).toBe('سامنتا باور');
  });
  it('is the caller where no woman spoke before', () => {
    expect(quoteSpeakers('وقال الوزير إن «الاتفاق جيد». ودعت طهران إلى «اقتناص هذه الفرصة».')).toEqual(['الوزير', 'طهران']);
  });
});
