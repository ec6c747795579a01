import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a name alone in quotation marks that the word before shows to be a person', () => {
  it('is kept after a kin noun with a pronoun', () => {
    const text = 'وحضر الحفل شقيقه «سامي العلي» مع أصدقائه';
    expect(peopleFromSpans(text, ['سامي العلي'])).toEqual(['سامي العلي']);
  });

  it('is kept after a feminine kin noun with a pronoun (ة written ت before it)', () => {
    const text = 'وحضرت الحفل شقيقته «منى العلي» مع صديقاتها';
    expect(peopleFromSpans(text, ['منى العلي'])).toEqual(['منى العلي']);
  });

  it('is kept after إن when it is a full name', () => {
    const text = 'وقال المتحدث إن «سعد الحربي» لم يحضر الاجتماع';
    expect(peopleFromSpans(text, ['سعد الحربي'])).toEqual(['سعد الحربي']);
  });

  it('stays a title after إن when it is one word', () => {
    const text = 'وقال المتحدث إن «جون» يعمل بالبطارية';
    expect(peopleFromSpans(text, ['جون'])).toEqual([]);
  });

  it('stays a title when the page names it after a noun of a brand', () => {
    const text = 'افتتحت شركة «سعد الحربي» فرعا جديدا، وقال المدير إن «سعد الحربي» حقق أرباحا';
    expect(peopleFromSpans(text, ['سعد الحربي', 'سعد الحربي'])).toEqual([]);
  });

  it('is kept after a role whose phrase is complete', () => {
    const text = 'وأعلن سفير فرنسا «جان مارتان» أن الزيارة ناجحة';
    expect(peopleFromSpans(text, ['جان مارتان'])).toEqual(['جان مارتان']);
  });

  it('stays a title after a role waiting for its complement', () => {
    const text = 'وأعلن رئيس مجلس إدارة «زين السعودية» أن الأرباح زادت';
    expect(peopleFromSpans(text, ['زين السعودية'])).toEqual([]);
  });

  it('is kept after a word that gives a name (اسمه)', () => {
    const text = 'والتقيت في السوق رجلا اسمه «كمال الدين» يبيع الكتب';
    expect(peopleFromSpans(text, ['كمال الدين'])).toEqual(['كمال الدين']);
  });

  it('is kept as a chain of four names or more (given, father, grandfather, family), whatever the word before', () => {
    const text = 'وأعلنت القيادة العامة استشهاد أحد أبنائها البواسل "سيف يوسف أحمد الفلاسي" برتبة ضابط صف';
    expect(peopleFromSpans(text, ['سيف يوسف أحمد الفلاسي'])).toEqual(['سيف يوسف أحمد الفلاسي']);
  });

  it('stays a title as a chain after a work\'s noun, or as three words with a common word among them', () => {
    expect(peopleFromSpans('وعرض فيلم "سيف يوسف أحمد الفلاسي" في الدورة الماضية', ['سيف يوسف أحمد الفلاسي'])).toEqual([]);
    expect(peopleFromSpans('كي تسمح لتلفزيون «بول تي في» بإطلاق بثه', ['بول تي'])).toEqual([]);
  });

  it('is kept as a nasab (a given name, بن, the father\'s name), whatever the word before', () => {
    const text = 'وبكى وهو يشاهد “سلطان بن عبدالعزيز” جثمانا على باب الطائرة';
    expect(peopleFromSpans(text, ['سلطان بن عبدالعزيز'])).toEqual(['سلطان بن عبدالعزيز']);
  });

  it('stays a title as a nasab after a work\'s noun, and as words with the article around ابن', () => {
    expect(peopleFromSpans('وعرض مسلسل “خميس بن جمعة” في رمضان', ['خميس بن جمعة'])).toEqual([]);
    expect(peopleFromSpans('وقالت إن الكلمات غير اللائقة مثل «الكلبي ابن الكلبي» تتناقض مع الشروط', ['الكلبي ابن الكلبي'])).toEqual([]);
  });
});
