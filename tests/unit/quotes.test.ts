import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import type { EntityMention, Quotation } from '@/utils/nlp/types';
import { personIn } from './person-mentions';

/** Every quotation must be exactly the original text between its offsets. */
function checked(text: string, entities?: EntityMention[]): Quotation[] {
  const quotes = detectQuotes(text, entities);
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
  }
  return quotes;
}


describe('detectQuotes: quotations and their speakers', () => {
  it.each([
    ['وقال أردوغان، خلال مؤتمر صحفي في أنقرة: "لن نسمح بذلك أبدا"', 'لن نسمح بذلك أبدا', 'أردوغان'],
    ['"الوضع صعب جدا ونحن نعمل على حله"، قال الوزير.', 'الوضع صعب جدا ونحن نعمل على حله', 'الوزير'],
    ['وأوضح بيان الخارجية المصرية أن "مصر ترفض أي تدخل في شؤونها الداخلية".', 'مصر ترفض أي تدخل في شؤونها الداخلية', 'الخارجية المصرية'],
    ['وقالت وزارة الداخلية التركية في بيان: «إن هجوما إرهابيا وقع في مدينة سوروتش».', 'إن هجوما إرهابيا وقع في مدينة سوروتش', 'وزارة الداخلية التركية'],
    ['وتابعت "المؤسسة": "تم عمل جميع البطاريات الاحتياطية لتشغيل الأجهزة".', 'تم عمل جميع البطاريات الاحتياطية لتشغيل الأجهزة', 'المؤسسة'],
    ['وقال السفير لمحطة التلفزيون الكينية «كي تي إن»: «بوسعي أن أؤكد أن الزيارة لن تتم».', 'بوسعي أن أؤكد أن الزيارة لن تتم', 'السفير'],
    ['«نحن مستعدون للحوار في أي وقت»، بحسب المتحدث باسم الحكومة.', 'نحن مستعدون للحوار في أي وقت', 'المتحدث باسم الحكومة'],
    ['أما الائتلاف الوطني السوري، فقد دعا في بيان له الفصائل إلى "ضرورة الوعي بأهمية المرحلة الراهنة وضبط النفس".', 'ضرورة الوعي بأهمية المرحلة الراهنة وضبط النفس', 'الائتلاف الوطني السوري'],
    ['وقال الرئيس: ”سنعيد بناء كل ما تهدم في هذه الحرب“.', 'سنعيد بناء كل ما تهدم في هذه الحرب', 'الرئيس'],
    ['وقال الرئيس: “سنعيد بناء كل ما تهدم في هذه الحرب”.', 'سنعيد بناء كل ما تهدم في هذه الحرب', 'الرئيس'],
  ])('%s', (text, quote, speaker) => {
    const quotes = checked(text);
    expect(quotes.map((q) => q.text)).toEqual([quote]);
    expect(quotes[0]?.speaker).toBe(speaker);
  });

  it('«…»، كما يقول attributes the words before it', () => {
    const quotes = checked('«مثل هذا الانشراح لم يحدث منذ شهور طويلة»، كما يقول الضابط عبد السلام.');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['مثل هذا الانشراح لم يحدث منذ شهور طويلة', 'الضابط عبد السلام']]);
  });

  it('«…»، بهذه الكلمات أوجز X: the verb after "with these words" attributes them to its subject', () => {
    const text = '"نحن نحتفل بالنصر الذي نهديه إلى عائلات قتلانا وجرحانا"، بهذه الكلمات أوجز القائد العسكري في محافظة عدن العميد عبدالله صبيحي أحداث أمس.';
    const quotes = checked(text, [personIn(text, 'عبدالله صبيحي', 'p:عبدالله صبيحي')]);
    expect(quotes.map((q) => [q.text, q.speakerEntity])).toEqual([['نحن نحتفل بالنصر الذي نهديه إلى عائلات قتلانا وجرحانا', 'p:عبدالله صبيحي']]);
  });

  it('a bare وأضاف continues the previous speaker', () => {
    const quotes = checked('وقال وزير الخارجية: «نحن هنا للعمل». وأضاف: «لن نتراجع عن قرارنا مهما حصل».');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['نحن هنا للعمل', 'وزير الخارجية'],
      ['لن نتراجع عن قرارنا مهما حصل', 'وزير الخارجية'],
    ]);
  });

  it('a bare وتابع after reported speech continues its speaker, across a paragraph', () => {
    const quotes = checked('وأكدت وزارة الصحة أن الوضع مستقر.\nوتابعت: «لا توجد إصابات جديدة في المدينة منذ أسبوع».');
    expect(quotes.map((q) => q.speaker)).toEqual(['وزارة الصحة']);
  });

  it('a bare وأضافت goes back to the speaker her verb agrees with', () => {
    const text = 'وقالت الوزيرة: «الخطة جاهزة للتنفيذ». وقال المدير إن التمويل متوفر. وأضافت: «سنبدأ العمل الأسبوع المقبل».';
    expect(checked(text).map((q) => q.speaker)).toEqual(['الوزيرة', 'الوزيرة']);
  });

  it('a participle (مضيفًا) keeps the speaker of its clause', () => {
    const quotes = checked('وقال الرئيس التركي: «نحن في حداد بسبب عمل إرهابي»، مضيفًا: «يجب إدانة الإرهاب بغض النظر عن مصدره».');
    expect(quotes.map((q) => q.speaker)).toEqual(['الرئيس التركي', 'الرئيس التركي']);
  });

  it('قائلًا: "شكرًا" is a one-word quotation', () => {
    const quotes = checked('وقال الوزير إن الاجتماع انتهى، ثم غادر قائلًا: "شكرًا"');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['شكرًا', 'الوزير']]);
  });

  it('links the speaker to the person named in the subject', () => {
    const text = 'وقال الرئيس التركي رجب طيب أردوغان: «لن نسمح بذلك أبدا».';
    const person = personIn(text, 'رجب طيب أردوغان', 'p:رجب طيب اردوغان');
    const [q] = checked(text, [person]);
    expect(q).toMatchObject({ speaker: 'رجب طيب أردوغان', speakerEntity: 'p:رجب طيب اردوغان' });
  });

  it('links a role (الوزير) to the person the article gave that role', () => {
    const text = 'التقى وزير الخارجية سامح شكري نظيره الأردني أمس. وقال الوزير: «العلاقات بين البلدين قوية جدا».';
    const person = personIn(text, 'سامح شكري', 'p:سامح شكري');
    const [q] = checked(text, [person]);
    expect(q).toMatchObject({ speaker: 'سامح شكري', speakerEntity: 'p:سامح شكري' });
    // Without people recognised, the fullest form of the role the article wrote.
    expect(checked(text)[0]).toMatchObject({ speaker: 'وزير الخارجية', speakerEntity: null });
  });

  it.each([
    ['a name set off after a role', 'وقال نائب رئيس أعلى في عمليات المبيعات لدى نيسان، فرد دياز: "يشهد القطاع منافسة عارمة هذا العام".', 'فرد دياز'],
    ['the antecedent of a relative clause', 'بفعل تصريحات وزير الخارجية الأمريكي جون كيري الذي قال إن التهديدات "مزعجة للغاية وغير مقبولة أبدا".', 'جون كيري'],
    ['a body, not its statement', 'وقال بيان صادر عن وزارة الداخلية: «تم القبض على المتهمين جميعا».', 'وزارة الداخلية'],
    ['the topic of أما', 'أما الائتلاف الوطني السوري، فقد دعا الفصائل إلى "ضرورة الوعي بأهمية المرحلة".', 'الائتلاف الوطني السوري'],
    ['the outlet skipped before the subject', 'وقال لـ"الاقتصادية" برتران بزانسنو، السفير الفرنسي، إن "دور السعودية مهم وكبير في مواجهة الإرهاب".', 'برتران بزانسنو'],
    ['a name in brackets', 'هذا ما قاله اللاعب (سعيد المولد) عن الاحتراف، حيث قال في تصريح صحفي: "كنت أبحث عن الاحتراف الحقيقي".', 'اللاعب سعيد المولد'],
    ['a resumptive pronoun skipped', 'في الوقت الذي حض فيه الائتلاف الوطني الفصائل المتقاتلة إلى "ضبط النفس."', 'الائتلاف الوطني'], // (الفصائل is the object: quotes-definite-object)
    ['a source after the quotation', '«الوضع تحت السيطرة تماما الآن»، وفق ما نقلت وكالة الأنباء الرسمية.', 'وكالة الأنباء الرسمية'],
  ])('speaker: %s', (_name, text, speaker) => {
    const quotes = checked(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBe(speaker);
  });

  it('a later definite mention (المصادر، السفير الفرنسي) refers back to the fuller speaker', () => {
    const text = 'أكدت مصادر مطلعة أن التقويم لن يتغير. وقالت المصادر: «أي تعديل يتطلب موافقة عليا».\n' +
      'وقال برتران بزانسنو، السفير الفرنسي في السعودية، إن التعاون قائم. وأضاف السفير الفرنسي "دور السعودية مهم وكبير في مواجهة الإرهاب".';
    expect(checked(text).map((q) => q.speaker)).toEqual(['مصادر مطلعة', 'برتران بزانسنو']);
  });

  it('لكنه أضاف continues the speaker before, and a verb inside reported speech is nobody', () => {
    const text = 'وأكد عبدالعزيز أبو سلمان أن الأسعار يعتبر طبيعيا أمام قلة الأماكن، لكنه أضاف: «الإيجار مرتفع جدا هذا العام».';
    expect(checked(text).map((q) => q.speaker)).toEqual(['عبدالعزيز أبو سلمان']);
  });

  it('a list of quotations after one introduction', () => {
    const text = 'وما يهم فقط هو رصد اللحظة ونشرها للقول: «أنا كنت هناك.. أنا التقطت الصور»، أو «أنا صورت مقطع الفيديو عندما كان يصارع الموت».';
    expect(checked(text).map((q) => q.text)).toEqual(['أنا كنت هناك.. أنا التقطت الصور', 'أنا صورت مقطع الفيديو عندما كان يصارع الموت']);
  });

  it('a partial quotation that ends the reported sentence', () => {
    const text = 'وقال إن انتشار التعزيزات العسكرية على الحدود التي بدأت قبل أسابيع «سيتواصل بلا توقف».';
    expect(checked(text).map((q) => q.text)).toEqual(['سيتواصل بلا توقف']);
  });

  it('an unclosed quotation runs to the end of its paragraph and keeps its nested pair', () => {
    const text = 'وأضاف: «أسرتنا كبيرة وتحتاج لمكان واسع ما لم تكن هناك عوائل «يقطون» قيمة الإيجار.\nوقال آخر إن الأسعار طبيعية.';
    expect(checked(text).map((q) => q.text)).toEqual(['أسرتنا كبيرة وتحتاج لمكان واسع ما لم تكن هناك عوائل «يقطون» قيمة الإيجار.']);
  });

  it('marks filled by a recognised name are a name, not a quotation', () => {
    const name = 'المملكة العربية السعودية';
    const text = `وقالت المتحدثة إن "${name}" استجابت للطلب.`;
    const start = text.indexOf(name);
    const country: EntityMention = { type: 'country', start, end: start + name.length, text: name, entity: 'SA', name };
    expect(checked(text)).toHaveLength(1);
    expect(checked(text, [country])).toEqual([]);
  });

  it('a participle after a sentence about a named person, with no speech verb before it, goes to that person with a low confidence', () => {
    const text = 'وقّع اللاعب البرازيلي إلتون الميدا عقده مع النادي أمس.\nوفي المؤتمر الصحفي بعد ذلك، مضيفًا: «كنت متشوقًا إلى رؤية الفريق».';
    const person = personIn(text, 'إلتون الميدا', 'p:التون الميدا');
    const [q] = checked(text, [person]);
    expect(q).toMatchObject({ speaker: 'إلتون الميدا', speakerEntity: 'p:التون الميدا' });
    expect(q?.confidence).toBeLessThanOrEqual(0.4);
  });

  it('a participle shares the subject of the verb that opens its sentence, and a bare قال then continues it', () => {
    const text = 'من جانبه، عبّر اللاعب البرازيلي إلتون الميدا عن سعادته بالتوقيع مع النادي، مضيفًا «كنت متشوقًا إلى رؤية الفريق وأصدقائي». وعن الفريق قال: «الأخبار التي وصلتني تبشر بالخير».';
    const person = personIn(text, 'إلتون الميدا', 'p:التون الميدا');
    const quotes = checked(text, [person]);
    expect(quotes.map((q) => q.speakerEntity)).toEqual(['p:التون الميدا', 'p:التون الميدا']);
    expect(checked(text).map((q) => q.speaker)).toEqual(['اللاعب البرازيلي إلتون الميدا', 'اللاعب البرازيلي إلتون الميدا']);
  });

  // Speakers as written, with no person entities given.
  it.each<[string, string, Array<string | null>]>([
    [
      'a verb after a preposition is a noun (في وصف تبسيطي), not a speech verb with a subject',
      'وقال قائد المجموعة إن الجنود مستعدون. ويشرح المهام التي يقوم بها في وصف تبسيطي لي بقوله: «إن الأعمال التي يقوم بها الضباط قائمة على ثلاثة أركان».',
      ['قائد المجموعة'],
    ],
    [
      'a subject opened by a demonstrative after a semicolon speaks (فهذا الرئيس الأمريكي يقول)',
      'ولعل في تصاريح النعي خير دليل على ذلك؛ فهذا الرئيس الأمريكي يقول في بيان له إن “أجيالا من القادة استفادت من رؤيته الثاقبة”.',
      ['الرئيس الأمريكي'],
    ],
    [
      'a بـ-phrase after a speech verb (نوّه بمساندة …) is what was praised, not who speaks',
      'ونوه بمساندة ودعم الدوائر الحكومية والقطاع الخاص للمهرجان. وقال: "إن الأمانة ستشرف على المهرجان إشرافا كاملا".',
      [null],
    ],
    [
      'a subject in marks before its verb speaks (وكان زعيم الحزب، "دولت باهجة لي" قال)',
      'وكان الرئيس التركي رجب طيب أردوغان قال الجمعة "سنعود إلى رأي الإرادة الوطنية". وكان زعيم حزب "الحركة القومية" التركي، "دولت باهجة لي" قال: "نفضل التوجه إلى انتخابات مبكرة بدلا من دعم حكومة أقلية".',
      ['الرئيس التركي رجب طيب أردوغان', 'دولت باهجة لي'],
    ],
    [
      'an accusative after a verb is its object, not a speaker (يعتبر تقدماً كبيراً)',
      'وهذا التقدم يعتبر تقدماً كبيراً في نجاح العمليات. وقال: "إن الجمهورية لن تتخلى عن دعم أصدقائها في المنطقة".',
      [null],
    ],
    [
      'a subject before its verb may hold لـ and a name in marks (الأمين العام لـ«حزب الله» حسن نصر الله، تساءل)',
      'الأمين العام لـ«حزب الله» حسن نصر الله، تساءل في أحد خطاباته عن الأرصدة الإيرانية المجمدة بقوله: «إذا استعادت إيران هذا المال، فما الذي ستفعل به؟».',
      ['الأمين العام لـ حزب الله حسن نصر الله'],
    ],
    [
      'a subject ends before an accusative (ونشرت الشبكة السورية لحقوق الإنسان تقريرًا)',
      'ونشرت الشبكة السورية لحقوق الإنسان تقريرًا أكدت فيه: «المسلحون حاصروا بقية أفراد العائلة لتصفيتهم».',
      ['الشبكة السورية لحقوق الإنسان'],
    ],
    [
      'a second-person pronoun after the verb (قال عنك) is not its subject',
      'ولغورباتشوف بوح وفخر لك يا سعود. أتدري ماذا قال عنك؟! قال: "لو كان لدي رجل كسعود الفيصل ما تفكك الاتحاد السوفياتي".',
      [null],
    ],
    [
      'the ones spoken to after لل, with their adjectives, are not the subject (وقالت للصحف الكينية:)',
      'وأكدت «ماما سارة» أنها لم تصب بخيبة الأمل. وقالت للصحف الكينية: «على الأرجح ليس لديه متسع من الوقت هذه المرة».',
      ['ماما سارة'],
    ],
    [
      'قال تعالى is God speaking; قال عليه الصلاة والسلام the Prophet, named as the article names him',
      'وفي فضل الصيام قال تعالى: «وأن تصوموا خير لكم». وقد أوصى رسول الله أمته بالصبر، فقال عليه الصلاة والسلام: «الصوم جنة».',
      ['الله', 'رسول الله'],
    ],
    [
      'المصدر refers back to the unnamed source the article introduced (مصدر مسؤول بالشركة …)',
      `كشف مصدر مسؤول بشركة صلة للتسويق الرياضي أن المباراة حصلت على موافقة رسمية.${' وتقام المباراة في لندن للمرة الأولى.'.repeat(12)} وأوضح المصدر “أستطيع أن أقول وبثقة أن أرضية الملعب تغيرت بشكل كامل”.`,
      ['مصدر مسؤول بشركة صلة للتسويق الرياضي'],
    ],
    [
      'the Prophet is named as the article names him most fully: رسول الله if it is written anywhere (نبينا الكريم يقول)',
      'وكان نبينا الكريم يقول: «ما زال جبريل يوصيني بالجار حتى ظننت أنه سيورثه». وهكذا أوصى رسول الله بالجار.',
      ['رسول الله'],
    ],
    [
      'without رسول الله in the text the Prophet keeps the title his subject gives him (الرسول عليه الصلاة والسلام)',
      'وكان النبي يحب الجبل. ويطل الزائر على جبل أحد الذي قال عنه الرسول عليه الصلاة والسلام: «أحد جبل يحبنا ونحبه».',
      ['الرسول'],
    ],
    [
      'a narrator named with a eulogy before قال speaks (عن ابن عباس رضي الله عنهما قال), and a name after قال ends at its eulogy',
      'عن ابن عباس رضي الله عنهما قال: «فرض النبي زكاة الفطر طهرة للصائم من اللغو والرفث». وكان الشعير من طعامهم كما قال أبو سعيد الخدري رضي الله عنه: «كنا نخرج يوم الفطر صاعا من طعام».',
      ['ابن عباس', 'أبو سعيد الخدري'],
    ],
    [
      'a verb right after a relative pronoun, with only a بـ-phrase after it, is said by what the pronoun refers to (نوهانوفيتش، الذي يتحدث)',
      'يقول نوهانوفيتش، الذي يتحدث بإصرار بليغ بلغته الثانية "هذه هي الطريقة التي يعمل فيها التاريخ، والأمر يتطلب جيلا كاملا".',
      ['نوهانوفيتش'],
    ],
    [
      'a relative pronoun whose verb has a subject after it is the verb\'s object (التي صرح رئيس الوزراء بأن)',
      'وهي الميليشيات التي صرح رئيس الوزراء حيدر العبادي بأن «مقاتليها يمثلون العراقيين جميعا في الحرب».',
      ['رئيس الوزراء حيدر العبادي'],
    ],
    [
      'لكن opens an accusative subject before its verb (لكن مصدرًا بارزًا في الجيش …، أكد), and المصدر then refers back to it',
      'لكن مصدرًا بارزًا في الجيش السوري الحر في شمال سوريا، أكد لـ«الشرق الأوسط» أن القيادي «كان من أبرز المقربين من الشرعي السابق». وتابع المصدر أن القيادي «يعترض على سكوت الجبهة عن تجاوزات المقاتلين».',
      ['مصدر بارز', 'مصدر بارز'],
    ],
    [
      'البعض stands for people without describing them: it does not refer back to an earlier phrase with بعض',
      'وقال بعض الفقهاء إن الأمر يحتاج إلى نظر. وقال البعض: "بالنسبة للمحكوم بالقوانين الوضعية فإن الأمر مختلف تماما".',
      ['البعض'],
    ],
    [
      'a name in marks right after a speech verb is its subject, not a label before the colon (ويقول عنك "كوشنير" وزير خارجية فرنسا:)',
      'ويقول عنك "كوشنير" وزير خارجية فرنسا: "الأمير سعود أكبر الساسة في العالم حنكة وحكمة".',
      ['كوشنير وزير خارجية فرنسا'],
    ],
    [
      'a verb right after a statement noun (بيان نشرته الوكالة) carried the statement; the verb before it introduces it',
      'وقالت الوزارة في بيان نشرته وكالة الأنباء الرسمية إنه تم اعتقال الثلاثة بعد رصدهم "نشاطا إلكترونيا إجراميا لقراصنة يتخذون من الإمارات مقرا".',
      ['الوزارة'],
    ],
    [
      '…and after an indefinite document (في مذكرة نشرت): the verb before it, with its speaker, introduces the words; not the body a feminine نشرت would go back to',
      'وقالت الوزارة في بيان إن «الاتفاق مهم للجميع». ودعا مساعد الوزير أنطوني بلينكن إلى «طريقة تعامل شاملة» ضد التنظيم. وأضاف في مذكرة نشرت على موقع الوزارة: «عندما تطور البلاد هذه المقاربة، ستزيد مساعداتنا».',
      ['الوزارة', 'مساعد الوزير أنطوني بلينكن', 'مساعد الوزير أنطوني بلينكن'],
    ],
    [
      'a sentence opening with بهذا الخصوص has no verb there: a participle later in it keeps the speaker before',
      'وبهذا الخصوص، قال تيد بيكون إن التقارب جاء ثمرة للذهنية البرغماتية الجديدة التي تطبع المناخ بين البلدين، مشيرا إلى أن واشنطن تريد الاقتراب من الحكومة الكوبية للمشاركة في نهاية المطاف في تطوير المجتمع الكوبي، فيما تحتاج هافانا إلى محرك اقتصادي أميركي من أجل «تحديث نموذجها الاشتراكي من دون إصلاحات سياسية».',
      ['تيد بيكون'],
    ],
    [
      'نقلت X في مكان، عن Y قولها: Y said the words, named without its statement noun',
      'ونقلت الصحف الأوروبية في بروكسل، عن المفوضية قولها إن «المفاوضات بين روسيا وأوكرانيا لم تصل إلى نتيجة حتى الآن».',
      ['المفوضية'],
    ],
    [
      // (the stretch read before the marks goes back to its sentence's start up to 500 characters)
      'a participle in a sentence too long to have been read whole takes no subject from the middle of it',
      `وثمن رئيس المهرجان تفضل أمير المنطقة برعاية المهرجان${' تمثل الرعاية الدعم الحقيقي'.repeat(20)}، مضيفا «نحن سعداء جدا بهذا الحضور الكبير من الأهالي».`,
      [null],
    ],
  ])('%s', (_title, text, speakers) => {
    expect(checked(text).map((q) => q.speaker)).toEqual(speakers);
  });

  // Speakers linked to the person entities named in the text ([name, entity] pairs).
  it.each<[string, string, Array<[string, string]>, Array<string | null>]>([
    [
      'a verb without a subject of its own (قال فيها) goes to the person its sentence names after أن',
      'وقال شهود إن الانفجار وقع صباحا. ونقلت وكالة الأناضول عن مصادر في رئاسة الوزراء أن داود أوغلو أجرى اتصالات هاتفية مع رؤساء مكاتب الحزب، قال فيها: "إننا مستمرون في مفاوضات تشكيل الحكومة".',
      [['داود أوغلو', 'p:داود اوغلو']],
      ['p:داود اوغلو'],
    ],
    [
      'the person a speech noun is said of speaks (قول علي بن أبي طالب لابن عباس), not the one spoken to; طالب after أبي is a name',
      'وليس أدل على ذلك من قول علي بن أبي طالب لعبدالله بن عباس حين بعثه للتفاوض "لا تجادلهم بالقرآن فإن القرآن حمال أوجه".',
      [['علي بن أبي طالب', 'p:علي بن ابي طالب'], ['عبدالله بن عباس', 'p:عبدالله بن عباس']],
      ['p:علي بن ابي طالب'],
    ],
    [
      'a role reaching past its phrase takes the first name after it, not a later one',
      'وقال القيادي في المقاومة الشعبية عادل أبو بكر: إن المقاومة ستلاحق مسلحي الحوثي وقوات صالح، مضيفا أن الأيام المقبلة "ستكون مليئة بالمفاجآت الكبرى".',
      [['عادل أبو بكر', 'p:عادل ابو بكر'], ['صالح', 'p:عبدالله صالح']],
      ['p:عادل ابو بكر'],
    ],
    [
      'نقلت وكالة … عن X: X said the words, the agency carried them',
      'ونقلت وكالة تسنيم للأنباء عن عباس عراقجي نائب وزير الخارجية قوله في فيينا “لا يمكنني التعهد بحل القضايا المتبقية الليلة”.',
      [['عباس عراقجي', 'p:عباس عراقجي']],
      ['p:عباس عراقجي'],
    ],
    [
      'a bare وأضاف continues a speaker whose name stands far after the role (وقال المدير العام … المهندس رستم بن مقبول الكبيسي)',
      'وقال المدير العام للهيئة العامة للسياحة والتراث الوطني بمنطقة جازان المهندس رستم بن مقبول الكبيسي: "هذا المشروع نواة لرؤية أوسع وأعمق". وأضاف: "نسعى لتحقيق الرؤية التي رسمها مجلس التنمية".',
      [['رستم بن مقبول الكبيسي', 'p:رستم بن مقبول الكبيسي']],
      ['p:رستم بن مقبول الكبيسي', 'p:رستم بن مقبول الكبيسي'],
    ],
    [
      'a lone surname as speaker is the person named with it earlier (وتابع "شكري")',
      'وقال وزير الخارجية سامح شكري إن الاجتماع كان مثمرا. وتابع "شكري": "لا يفوتني أن أثني على الدعم الذي نجده من الجميع".',
      [['سامح شكري', 'p:سامح شكري']],
      ['p:سامح شكري'],
    ],
    [
      'an honorific standing for the person (وأضاف معاليه) continues the previous speaker',
      'وقال وزير الخارجية عادل الجبير: "المملكة تدعم الاتفاق إذا منع إيران من السلاح النووي". وأضاف معاليه: "إذا حاولت إيران أن تسبب مشاكل في المنطقة فسوف نواجهها بحزم".',
      [['عادل الجبير', 'p:عادل الجبير']],
      ['p:عادل الجبير', 'p:عادل الجبير'],
    ],
    [
      'a person who opens the sentence, set off with their title, speaks for a verb with no subject after it',
      'شعارات المصارف الأمريكية. ليون كامهي، المدير التنفيذي لشركة هيرميس، التي تدير أصولا كبيرة، يقول "إن الرواتب المرتفعة يمكن تبريرها فقط عندما تتجاوز العائدات التكلفة".',
      [['ليون كامهي', 'p:ليون كامهي'], ['هيرميس', 'p:هيرميس']],
      ['p:ليون كامهي'],
    ],
    [
      'a bare وأضاف with no speaker read just before it continues the person a speech verb introduced far back',
      `أكد فوزي الباشا رئيس نادي الخليج أنه متفائل بمعسكر الفريق.${' وسيخوض الفريق مباريات ودية عدة خلال المعسكر في إسبانيا.'.repeat(8)} وأضاف: "أول خطواتنا كانت بتجديد تعاقد اللاعبين المميزين في الفريق".`,
      [['فوزي الباشا', 'p:فوزي الباشا']],
      ['p:فوزي الباشا'],
    ],
    [
      'a weak verb inside what is reported (لا يرى دورًا للأسد) gives way to the participle after it, which keeps the speaker',
      'وقال كيري إن المحادثات مستمرة. وشدد على أنه لا يرى دورا لبشار الأسد في مستقبل سوريا، مضيفا "لا أستطيع أن أرى كيف يمكن للعنف أن يتوقف".',
      [['كيري', 'p:كيري'], ['بشار الأسد', 'p:بشار الأسد']],
      ['p:كيري'],
    ],
    [
      'a role read before a name does not cross a colon (a headline "وزيرة القوى العاملة: جوزي …" gives جوزي no role)',
      'قالت وزيرة القوى العاملة ناهد عشري إن الإجازة للراحة. وحمل بيانها عنوان "وزيرة القوى العاملة: جوزي يحب الملوخية". وقالت الوزيرة: «أنا ست بيت بدرجة امتياز ولا أقصر في بيتي».',
      [['ناهد عشري', 'p:ناهد عشري'], ['جوزي', 'p:جوزي']],
      ['p:ناهد عشري'],
    ],
    [
      'a role set after a name by وهو (أحمد الموكلي وهو الباحث …) is the person\'s: a later الباحث goes back to him',
      'وأوضح أحمد الموكلي وهو الباحث في شؤون الجماعات المتطرفة أن الخلية كبيرة. وأشار الباحث في شؤون الجماعات إلى أن الهدف «محاولة لتكريس الطائفية وإشاعة الفوضى».',
      [['أحمد الموكلي', 'p:أحمد الموكلي']],
      ['p:أحمد الموكلي'],
    ],
    [
      'a bare ويقول that opens its sentence goes on about the person the sentence before opened with',
      'وقال باومك إن الأجور مرتفعة. تونكس يوافق على أن مستويات الأجور تعكس مخاوف المستثمرين. ويقول "هناك حجج أخلاقية يصعب فيها تبرير المدفوعات الواسعة".',
      [['باومك', 'p:باومك'], ['تونكس', 'p:تونكس']],
      ['p:تونكس'],
    ],
    [
      'a role phrase that repeats an earlier speaker\'s subject is that speaker (وأردف مدير مستشفى سوق واقف للصقور)',
      'وقال مدير مستشفى سوق واقف للصقور إقدام مجيد الكرخي إن المستشفى يقدم خدمات متنوعة. وأردف مدير مستشفى سوق واقف للصقور “تعتبر الأمراض التنفسية هي من أصعب الأمراض التي قد يتم علاجها، لأن بعضها ينتقل بين الطيور بسرعة”.',
      [['مجيد الكرخي', 'p:مجيد الكرخي']],
      ['p:مجيد الكرخي'],
    ],
    [
      'of two names in a subject the one a role governs is not the speaker (خايمي تابيا محامي تشافيز)',
      'وقال خايمي تابيا محامي تشافيز: «هناك احتمالات كبيرة بأن يكون القاضي قد تحيز لوزارة العدل».',
      [['خايمي تابيا', 'p:خايمي تابيا'], ['تشافيز', 'p:تشافيز']],
      ['p:خايمي تابيا'],
    ],
    [
      'a long subject reaches the name at its end (الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي)',
      'وقال الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي: "تم القبض على المتهم وإحالته إلى جهة التحقيق".',
      [['عاطي بن عطية القرشي', 'p:عاطي بن عطية القرشي']],
      ['p:عاطي بن عطية القرشي'],
    ],
  ])('%s', (_title, text, names, entities) => {
    const persons = names.map(([name, entity]) => personIn(text, name, entity));
    expect(checked(text, persons).map((q) => q.speakerEntity)).toEqual(entities);
  });

  it('a name standing alone before the colon labels the words after it', () => {
    const text = 'وحسب موقع "بوابة الأهرام"، أثار البيان تعليقات ساخرة.. منها: شهد حسن: "يا جماعة هذا إعلان عن وظيفة جديدة". مينا: "ربطتين ملوخية وجوزين أرانب بسرعة".';
    expect(checked(text).map((q) => q.speaker)).toEqual(['شهد حسن', 'مينا']);
    // A speech verb before the colon is not a label: the verb's subject speaks.
    expect(checked('وقال الوزير: «سنواصل العمل حتى نهاية العام».').map((q) => q.speaker)).toEqual(['الوزير']);
  });

  it('a source set off between dashes names where the words were read, not who said them', () => {
    const text = 'وقال الناطق باسم الحكومة محمد سالم إن الوضع هادئ. يقول الناطق باسم مجلس المقاومة علي الأحمدي - حسب وكالة الصحافة الفرنسية - إن «المقاتلين نجحوا في السيطرة على معظم الحي».';
    const earlier = personIn(text, 'محمد سالم', 'p:محمد سالم');
    const [q] = checked(text, [earlier]);
    // علي is a name here (the page writes the preposition على), and the role phrase names its
    // own speaker: not the earlier spokesman.
    expect(q?.speaker).toContain('علي الأحمدي');
    expect(q?.speakerEntity).toBeNull();
  });

  it('واختتم حديثه بقوله: the statement words are nobody; the speaker is the one before', () => {
    const quotes = checked('وقال اللاعب إن الفريق جاهز. واختتم حديثه بقوله: «أشكر الجماهير على الاستقبال الكبير في المطار».');
    expect(quotes.map((q) => q.speaker)).toEqual(['اللاعب']);
  });

  it('reaches back over a long sentence to its speech verb (…أنه لن يكون مرشحا … و»سيكون هناك انتخاب»)', () => {
    const text = 'أكد السويسري جوزيف بلاتر أمس الاثنين بعد اجتماع اللجنة التنفيذية للاتحاد الدولي لكرة القدم في زيوريخ، أنه لن يكون مرشحا لرئاسة السلطة الكروية العليا في الانتخابات التي حددت في 26 فبراير 2016 و»سيكون هناك انتخاب لرئيس جديد».';
    expect(checked(text).map((q) => q.text)).toEqual(['سيكون هناك انتخاب لرئيس جديد']);
  });

  it('a phrase with بـ after a passive verb is no speaker for a later bare قال', () => {
    const text = 'وكان استياء الكولونيل مارك لاستوريا واضحا بعد أن وصف بالكاذب. وقال متنهدا «هذا ليس استعدادا لفرض حكم عسكري».';
    const mark = personIn(text, 'مارك لاستوريا', 'p:مارك لاستوريا');
    expect(checked(text, [mark]).map((q) => q.speaker)).not.toContain('بالكاذب');
  });

  it('a long pair after a speech verb and a role is a quotation even when the role is also a name noun (رئيس)', () => {
    const text = 'وقال رئيس الغابون «عندما زرت برشلونة قبل أعوام التقيت بميسي الذي قال لي إنه سيأتي لزيارتي في ليبرفيل»، مضيفا «لقد قطع وعدا والتزم به».';
    const messi = personIn(text, 'ميسي', 'p:ميسي');
    const quotes = checked(text, [messi]);
    expect(quotes.map((q) => q.text.slice(0, 9))).toEqual(['عندما زرت', 'لقد قطع و']);
    // Nobody named inside the first quotation is the speaker of the second.
    expect(quotes.map((q) => q.speaker)).toEqual(['رئيس الغابون', 'رئيس الغابون']);
  });

  it('a role follows a person only in apposition: ليونيل ميسي مع رئيس الغابون gives Messi no role', () => {
    const text = 'شارك النجم ليونيل ميسي مع رئيس الغابون في وضع حجر الأساس للملعب. وقال الرئيس: «هذا يوم تاريخي لبلادنا كلها».';
    const messi = personIn(text, 'ليونيل ميسي', 'p:ليونيل ميسي');
    expect(checked(text, [messi]).map((q) => q.speakerEntity)).toEqual([null]);
    const bin = 'وبحسب الدكتور فيصل بن معمر الأمين العام للمركز فإن الفكرة قديمة. وقال الأمين العام: «إن المركز رسالة مهمة إلى العالم».';
    const faisal = personIn(bin, 'فيصل بن معمر', 'p:فيصل بن معمر');
    expect(checked(bin, [faisal]).map((q) => q.speakerEntity)).toEqual(['p:فيصل بن معمر']);
  });

  it('جاء على introduces a text as جاء في does', () => {
    const text = 'وجاء على صفحة الفيفا على موقع تويتر «حددت الجمعية العمومية غير العادية لانتخابات الرئاسة في 26 فبراير».';
    expect(checked(text).map((q) => q.text)).toEqual(['حددت الجمعية العمومية غير العادية لانتخابات الرئاسة في 26 فبراير']);
  });

  it('ندد is a speech verb: a later bare قال continues its subject', () => {
    const text = 'وقال الحاكم عبدالله جيفتشي إن الجرحى كثر. وسرعان ما ندد الرئيس التركي خلال زيارة إلى قبرص بـ«هجوم إرهابي» وقال أمام الصحافيين «إنني أندد وألعن باسم شعبي مرتكبي هذه الوحشية».';
    const governor = personIn(text, 'عبدالله جيفتشي', 'p:عبدالله جيفتشي');
    expect(checked(text, [governor]).find((q) => q.text.startsWith('إنني'))?.speaker).toBe('الرئيس التركي');
  });

  it('does not reach back to a person named two paragraphs earlier', () => {
    const text = 'التقى إلتون الميدا بزملائه.\nوانتهى التدريب مساء.\nثم غادر قائلًا: «لن أعود إلى هذا المكان مرة أخرى أبدا».';
    const person = personIn(text, 'إلتون الميدا', 'p:التون الميدا');
    expect(checked(text, [person]).map((q) => q.speaker)).toEqual([null]);
  });

  it('gives a low confidence to a quotation nobody is said to have said', () => {
    const [q] = checked('ثم غادر قائلًا: «لن أعود إلى هذا المكان مرة أخرى أبدا».');
    expect(q?.speaker).toBeNull();
    expect(q?.confidence).toBeLessThan(0.3);
  });
});

describe('detectQuotes: marks that are not quotations', () => {
  it.each([
    ['قال مراسل "الجزيرة" إن القصف استمر طوال الليل.'],
    ['نشرت صحيفة «نيويورك تايمز» الخبر تحت عنوان «الحوثيون يتراجعون».'],
    ['وعرض فيلم «الرسالة» في افتتاح المهرجان.'],
    // عمل with its maker's pronoun names a work only with an adjective of one (عمله الدرامي).
    ['كما كشف البذال بأنه انتهى من عمله الدرامي "سقف واحد" خلال الأيام الماضية.'],
    // A work's title after a verb of presenting, where no speech is reported at all.
    ['وقدمت الكاتبة روايتها الأخيرة «أيام الصبر الطويلة في مدينة الضباب البعيدة عن البحر» في المعرض.'],
    ['وتبنى تنظيم "داعش" الهجوم على المدينة.'],
    ['وانتشر هاشتاغ "#كلنا_مع_غزة" على مواقع التواصل.'],
    ['وأطلقت الوزارة حملة "صحتك أولا" في المدارس.'],
    ['وذكر "كيري" في مقابلة تلفزيونية مع قناة "سي ان ان" الأمريكية، أنه يختلف مع الأمير.'],
    ['وقال مصدر مسؤول لـ«عكاظ» إن الاجتماع تأجل.'],
    ['وهو ما يعرف بـ"الربيع العربي" في المنطقة.'],
    ['وشارك الفريق في بطولة «كأس العالم للأندية» العام الماضي.'],
    ['وأفادت صحيفة "عرب نيوز" بالخبر. وذكر رئيس التحرير أن "عرب نيوز" تتصدر الصحف.'],
    ['وأكد أن الاحتفال أقيم في قاعة «فينيشان هوتيل» بحضور المرشحين.'],
    ['وتبنى التنظيم ما يعرف بـ"الدولة الإسلامية في العراق والشام" منذ سنوات.'],
    ['ألقى الشاعر قصيدة بعنوان: «أقبل العيد يا أحبتي».'],
    ['رابط الخبر بصحيفة الوئام: «الخزيم»'],
    ['ويُذكر أن «أستاذ ورئيس قسم» لقب أكاديمي.'],
    ['عملاً بالمقولة « ما حك جلدك مثل ظفرك «. وهذا صحيح.'],
    // A word set off before the verb's أن is part of the sentence's own words, not what it reports.
    ['وأكد بلاتر بعد اجتماع اللجنة التنفيذية للاتحاد الدولي لكرة القدم «فيفا» في زيوريخ، أنه لن يكون مرشحا.'],
    // A title after تحت عنوان, even one that reads like a question someone asks.
    ['وأضاف أن المركز أعد دراسة تحت عنوان «كيف يؤثر الاتفاق النووي على الدور الإيراني في الإقليم؟».'],
    // A list of parts named after a colon.
    ['وقسمت الموسوعة إلى أربعة مجلدات وهي: «العقيدة، العبادات، الأخلاق والسلوك والرقائق، الأسرة»، لافتاً إلى أنها شاملة.'],
    // A phrase of five words in marks four times over is a name the text keeps using.
    ['وأكدت «معايير خطة العمل المشترك الشاملة» أن كل شيء سيتغير. وتعتمد «معايير خطة العمل المشترك الشاملة» على التفتيش. ويجب أن يرفض الكونغرس «معايير خطة العمل المشترك الشاملة». وتنص «معايير خطة العمل المشترك الشاملة» على ذلك.'],
  ])('%s', (text) => {
    expect(checked(text)).toEqual([]);
  });
});

describe('detectQuotes: a person\'s description in marks before the colon', () => {
  it('sets off the speaker\'s description, not his words, which follow the colon', () => {
    const text = 'من جهته يقول فهد الغانمي «موظف في منتجع سياحي بأبحر»: إن السبب الرئيسي هو الخدمات الشاملة.';
    expect(checked(text, [personIn(text, 'فهد الغانمي', 'p:فهد الغانمي')])).toEqual([]);
  });

  it('keeps the words after a name and a colon', () => {
    const text = 'وقال فهد الغانمي: «السبب الرئيسي هو الخدمات الشاملة المتوفرة للسائح».';
    expect(checked(text, [personIn(text, 'فهد الغانمي', 'p:فهد الغانمي')]).map((q) => q.speaker)).toEqual(['فهد الغانمي']);
  });
});

describe('detectQuotes: a name the news set off in marks', () => {
  it('a military operation\'s name is no quotation, even after a named speaker\'s إن', () => {
    const text = 'وقال علي غريب، أحد كبار مشايخ مأرب، إن «عاصفة الحزم» و«إعادة الأمل» جاءتا لنصرة اليمنيين.';
    expect(checked(text, [personIn(text, 'علي غريب', 'p:علي غريب')])).toEqual([]);
  });
});

describe('detectQuotes: marks and structure', () => {
  it('ASCII quotes open and close with the same character, several per sentence', () => {
    const text = 'وقال الوزير: "نعمل على خطة جديدة للنقل العام"، وأضاف: "سنبدأ التنفيذ في الصيف المقبل".';
    expect(checked(text).map((q) => q.text)).toEqual(['نعمل على خطة جديدة للنقل العام', 'سنبدأ التنفيذ في الصيف المقبل']);
  });

  it('keeps nested ‘…’ and "…" inside the outer quotation', () => {
    const text = 'وقال الوزير: «لقد سمعنا عبارة ‘لا تراجع’ مرارا، وعبارة "الصمود" أيضا في كل مكان».';
    expect(checked(text).map((q) => q.text)).toEqual(['لقد سمعنا عبارة ‘لا تراجع’ مرارا، وعبارة "الصمود" أيضا في كل مكان']);
  });

  it('keeps "..." and "…" inside a quotation', () => {
    const text = 'وقال المدرب: "لعبنا جيدا... لكن الحظ لم يحالفنا… وسنعود أقوى".';
    expect(checked(text).map((q) => q.text)).toEqual(['لعبنا جيدا... لكن الحظ لم يحالفنا… وسنعود أقوى']);
  });

  it('joins a quotation reopened in the next paragraph into one', () => {
    const text = 'وقال الرئيس: «الفقرة الأولى من الكلام عن الاقتصاد.\n«والفقرة الثانية منه عن الأمن».\nوانتهى اللقاء.';
    const quotes = checked(text);
    expect(quotes.map((q) => q.text)).toEqual(['الفقرة الأولى من الكلام عن الاقتصاد.\n«والفقرة الثانية منه عن الأمن']);
    expect(quotes[0]?.speaker).toBe('الرئيس');
  });

  it.each([['\n'], ['   ']])('a quotation that is a paragraph of its own after one ending with a quotation goes on with it (break %j)', (gap) => {
    const text = `وقال المبعوث برناردينو ليون في الحفل: إن "هذا الاتفاق سيحقّق خطوة مهمة في طريق السلام".${gap}"دعوني أؤكّد رسالةً واحدةً وهي أن الأبواب ستظل مفتوحةً".${gap}ولكن البرلمان رفض الحضور.`;
    const quotes = checked(text);
    expect(quotes.map((q) => q.text)).toEqual(['هذا الاتفاق سيحقّق خطوة مهمة في طريق السلام', 'دعوني أؤكّد رسالةً واحدةً وهي أن الأبواب ستظل مفتوحةً']);
    expect(quotes[1]?.speaker).toBe('المبعوث برناردينو ليون');
  });

  it('not a paragraph in marks after a paragraph that does not end with a quotation', () => {
    const text = 'وقال المبعوث برناردينو ليون في الحفل إن الاتفاق خطوة مهمة.\n"دعوني أؤكّد رسالةً واحدةً وهي أن الأبواب ستظل مفتوحةً".';
    expect(checked(text)).toEqual([]);
  });

  it('does not let an unclosed mark swallow the rest of the article', () => {
    const rest = 'وشهدت المدينة اليوم اجتماعا موسعا للمسؤولين المحليين لبحث خطط التنمية. '.repeat(200);
    const text = `وقال الوزير: «سنواصل العمل حتى النهاية\n${rest}\nوقال المحافظ: «المشروع سيكتمل قريبا جدا».`;
    const quotes = checked(text);
    expect(quotes.map((q) => q.text)).toEqual(['سنواصل العمل حتى النهاية', 'المشروع سيكتمل قريبا جدا']);
    for (const q of quotes) expect(q.text).not.toContain('وشهدت');
  });

  it('an unclosed quotation ends before a later sentence with marks of its own, which are judged as quotations', () => {
    const text = 'وقال المسؤول التركي في مؤتمر صحافي "إن العناصر الأولى للتحقيق تكشف أن التفجير ناجم عن اعتداء انتحاري. وأضاف رئيس الحكومة التركية "لكننا لم نصل بعد إلى حكم نهائي". وتابع أن المعلومة ستعلن "متى أصبحت متوافرة".';
    expect(checked(text).map((q) => q.text)).toEqual([
      'إن العناصر الأولى للتحقيق تكشف أن التفجير ناجم عن اعتداء انتحاري.',
      'لكننا لم نصل بعد إلى حكم نهائي',
      'متى أصبحت متوافرة',
    ]);
  });

  it('does not let an unclosed mark in one long paragraph swallow it either', () => {
    const rest = 'وشهدت المدينة اليوم اجتماعا موسعا للمسؤولين المحليين لبحث خطط التنمية. '.repeat(200);
    const quotes = checked(`وقال الوزير: «سنواصل العمل حتى النهاية. ${rest}`);
    for (const q of quotes) expect(q.end - q.start).toBeLessThanOrEqual(1500);
  });

  it('survives 10,000 unbalanced marks in a row with sane output', () => {
    for (const mark of ['«', '»', '"', '“', '”', '‘']) {
      const text = `وقال الوزير: ${mark.repeat(10_000)} انتهى الكلام.`;
      const quotes = checked(text);
      for (const q of quotes) expect(q.text.replace(new RegExp(mark, 'g'), '').trim()).not.toBe('');
    }
    expect(checked(`قال: ${'«'.repeat(10_000)}`)).toEqual([]);
    expect(checked(`قال: ${'"'.repeat(10_000)}`)).toEqual([]);
  });

  it('does not take an unclosed quotation whose end cannot be told in one long paragraph (gold rule 15)', () => {
    // (no sentence that opens with a speech verb or the writer's narration, no lead-in after a comma)
    const rest = 'والفعاليات كانت جميلة ومتنوعة وحضورها كل عام مع الأسرة متعة لا تنسى. '.repeat(10);
    expect(checked(`بينما قالت الزائرة نجود الشمري «إن مستوى التنظيم كان رائعا هذا العام ${rest}`)).toEqual([]);
    // …while a short one runs to its paragraph end.
    expect(checked('وقال الوزير: «سنواصل العمل حتى النهاية\nوانتهى اللقاء.').map((q) => q.text)).toEqual(['سنواصل العمل حتى النهاية']);
  });

  it('returns nothing for text without marks', () => {
    expect(detectQuotes('')).toEqual([]);
    expect(detectQuotes('وقال الوزير إن الاجتماع انتهى.')).toEqual([]);
  });
});
