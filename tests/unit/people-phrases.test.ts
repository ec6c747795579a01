import { describe, expect, it } from 'vitest';
import { findPeople } from '@/utils/nlp/people';
import { peopleFromSpans } from './person-mentions';

const withSpans = peopleFromSpans;

describe('products (people-products.ts)', () => {
  it('drops a name after a device, a model, a share or an operating system', () => {
    expect(withSpans('نظام التشغيل iOS على أجهزة آيفون و آيباد', ['آيفون'])).toEqual([]);
    expect(withSpans('مع هبوط سهم فريسنيلو 4.1 في المئة', ['فريسنيلو'])).toEqual([]);
    expect(withSpans('وهو يعمل بنظام التشغيل آندرويد لولي بوب', ['آندرويد'])).toEqual([]);
    expect(withSpans('مقارنة بطرازات “هيرو4″ الأخرى', ['هيرو'])).toEqual([]);
  });

  it('drops a name the product noun opens, and its words everywhere on the page', () => {
    expect(withSpans('قرب صدور أحدث هواتف سامسونغ الذكية. وتتعاون سامسونغ مع فنانين', ['هواتف سامسونغ', 'سامسونغ'])).toEqual([]);
    expect(withSpans('ضمن جهاز «ريفت» فيما سيعمل جهاز أوكيلوس ريفت', ['ريفت', 'أوكيلوس ريفت'])).toEqual([]);
  });

  it('keeps a person after a noun a person owns (جوال، سيارة), and a surname a list knows after a group noun', () => {
    expect(withSpans('أو على جوال محمد البكيري أو معه', ['محمد البكيري'])).toEqual(['محمد البكيري']);
    expect(withSpans('إن جماعة الأسد تشتري النفط. بدءًا بإزالة الأسد في سوريا', ['الأسد', 'الأسد'])).toEqual(['الأسد']);
  });
});

describe('set phrases (people-phrases.ts)', () => {
  it('drops a religious phrase with a divine name, keeps a listed name after it', () => {
    expect(withSpans('وأرجع النجاح بعد توفيق الله إلى التخطيط', ['توفيق الله'])).toEqual([]);
    expect(withSpans('في خدمة ضيوف الرحمن كي يؤدوا مناسكهم', ['ضيوف الرحمن كي'])).toEqual([]);
    expect(withSpans('صحابة رسول الله محمد صلى الله عليه وسلم', ['رسول الله محمد'])).toEqual(['محمد']);
    expect(withSpans('وقال نصر الله في خطابه', ['نصر الله'])).toEqual(['نصر الله']);
  });

  it('drops praise of God with a clitic or as a verb (بحمد الله، نحمد الله), keeps the name حمد الله', () => {
    expect(withSpans('إن السعودية أصبحت بحمد الله مضرب المثل', ['حمد الله'])).toEqual([]);
    expect(withSpans('وأضاف نحمد الله أن خططنا نجحت', ['نحمد الله'])).toEqual([]);
    expect(withSpans('وقال حمد الله محب إن المحادثات مستمرة', ['حمد الله محب'])).toEqual(['حمد الله محب']);
  });

  it('drops a genitive set phrase headed by an adjective that is also a given name', () => {
    expect(withSpans('تقوم على مبادئ حسن الجوار وعدم التدخل', ['حسن الجوار'])).toEqual([]);
    expect(withSpans('طوقت عنقي بجميل شعورهم وكريم لطفهم، وبالنيابة', ['جميل شعورهم', 'كريم لطفهم'])).toEqual([]);
    expect(withSpans('وقال حسن الترابي إن', ['حسن الترابي'])).toEqual(['حسن الترابي']);
  });

  it('trims a noun or a verb with a pronoun after a name, not a surname ending in كم', () => {
    expect(withSpans('نادين نجيم والفنانة أصالة هنأتاها عبر تغريدة', ['أصالة هنأتاها'])).toEqual(['أصالة']);
    expect(withSpans('التعاقدات ضعيفة عيسي الجوكم رئيس القسم', ['عيسي الجوكم'])).toEqual(['عيسي الجوكم']);
  });

  it('trims a common noun with the pronoun ه after a name, not a name ending in ه', () => {
    expect(withSpans('قبول طلب ولي العهد الأمير مقرن بن عبد العزيز إعفاءه من منصبه', ['مقرن بن عبد العزيز إعفاءه'])).toEqual(['مقرن بن عبد العزيز']);
    // The noun's ى is written ا before the pronoun (مرمى → مرماه).
    expect(withSpans('حيث أنقذ حارس العربي أحمد خليل مرماه من هدف محقق', ['أحمد خليل مرماه'])).toEqual(['أحمد خليل']);
    expect(withSpans('وعلامة ذلك إخراج بول لونه شفاف', ['بول لونه'])).toEqual([]);
    expect(withSpans('وقال الشيخ محمد بن عبدالله آل الشيخ إن', ['محمد بن عبدالله آل الشيخ'])).toEqual(['محمد بن عبدالله آل الشيخ']);
    expect(withSpans('وسجل اللاعب عمرو حمزه هدفين', ['عمرو حمزه'])).toEqual(['عمرو حمزه']);
  });
});

describe('broken plurals after a speech verb (people-untagged.ts)', () => {
  it('finds no family name in العلماء، النشطاء, but in الأصبحي', () => {
    expect(findPeople('وقال العلماء إن المجس كان قد خرج').map((m) => m.text)).toEqual([]);
    expect(findPeople('وأشار النشطاء إلى أن الداعشي').map((m) => m.text)).toEqual([]);
    expect(findPeople('وكشف الأصبحي أن الدراسة').map((m) => m.text)).toEqual(['الأصبحي']);
  });
});
