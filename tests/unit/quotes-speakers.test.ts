import { describe, expect, it } from 'vitest';
import { runSteps } from '@/utils/steps';
import { detectQuotes } from '@/utils/nlp/quotes';
import { buildQuoteContextSteps } from '@/utils/nlp/quotes-context';
import { explainedAt } from '@/utils/nlp/quotes-explained';
import { findMarkPairs } from '@/utils/nlp/quotes-marks';
import { hasObjectPronoun, speechWord } from '@/utils/nlp/quotes-speech';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity, linked name] triples. */
function speakers(text: string, people: Array<[string, string, string?]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity, linked]) => personIn(text, name, entity, linked))).map((q) => q.speaker);
}

describe('quotes-previous: a bare verb opening its sentence goes on about the person the sentence before names', () => {
  it('the first person named before any أن, not an older speaker', () => {
    const text = 'وقال رئيس الوزراء اليوناني أليكسيس تسيبراس: «نريد اتفاقا عادلا لشعبنا». بعد مثل هذه الحادثة الشهر الماضي، انفجر يونكر. قال: «وعد تسيبراس بتقديم مقترح ثان ولم يفعل».';
    expect(speakers(text, [['أليكسيس تسيبراس', 'p:تسيبراس'], ['يونكر', 'p:يونكر', 'جان كلود يونكر']])[1]).toBe('جان كلود يونكر');
  });

  it('not a person named inside the quotation that sentence holds (وأضافت «…وميك لم يستسلم». وتابعت)', () => {
    const text = 'وقالت اليزابيث أوزبورن "شعرت بالذهول". وأضافت "نحن لا نستسلم أبدا في أسرتنا، وميك لم يستسلم. إنه مقاتل". وتابعت "تحدثت معه هاتفيا وهو بخير".';
    expect(speakers(text, [['اليزابيث أوزبورن', 'p:اوزبورن'], ['ميك', 'p:ميك فانينج', 'ميك فانينج']])).toEqual(['اليزابيث أوزبورن', 'اليزابيث أوزبورن', 'اليزابيث أوزبورن']);
  });

  it('of a title and a name the recogniser split in two, the name', () => {
    const text = 'وكان استياء اللفتنانت كولونيل مارك لاستوريا واضحا بعد التجمع المطول. وقال متنهدا: "هذا ليس استعدادا لفرض حكم عسكري".';
    expect(speakers(text, [['كولونيل', 'p:كولونيل'], ['مارك لاستوريا', 'p:مارك لاستوريا']])).toEqual(['مارك لاستوريا']);
  });

  it('not a person after a preposition (من الحوثي)', () => {
    const text = 'أكد وكيل محافظة عدن لـ «عكاظ» وجود قيادات كبيرة من الحوثي لدى المقاومة ويجري التحقيق معهم، ولم يستبعد البكري أن يكون بينهم شقيق عبدالملك الحوثي. وقال: «هناك العشرات من الأسرى الحوثيين يجري التحقيق معهم».';
    expect(speakers(text, [['الحوثي', 'p:الحوثي', 'عبدالملك الحوثي'], ['البكري', 'p:البكري'], ['عبدالملك الحوثي', 'p:الحوثي']])).toEqual(['البكري']);
  });
});

describe('quotes-prophet: a eulogy of the Prophet before the colon', () => {
  it.each([
    ['ومن ذلك قوله صلى الله عليه وسلم: "إن الله نظر إلى أهل الأرض فمقتهم إلا بقايا من أهل الكتاب" رواه مسلم.', 'النبي'],
    ['وأكد أن الفكرة مواتية لسد الفجوة بين الجيلين؛ متمثلين هدي الرسول صلى الله عليه وسلم: "ليس منا من لم يوقر كبيرنا ويحترم صغيرنا".', 'الرسول'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('the speaker sweep: a weak verb opening a relative clause names no speaker', () => {
  it('الذي يعتبر فرصة جيدة: the passive\'s predicate is not who speaks next', () => {
    const text = 'وقال السفير التونسي علي قوطالي في حديث: «نعمل بالفعل على اتفاقية». ومن المقرر أن تعقد اللجنة اجتماعا في موسكو، الذي يعتبر فرصة جيدة للتوقيع على الاتفاق. وبحسب السفير قوطالي فإن الحديث يدور عن إنشاء مركز، إذ قال: «اتفقنا على إقامة شراكة استراتيجية تشمل التعاون الصناعي».';
    expect(speakers(text)[1]).not.toBe('فرصة جيدة');
    expect(speakers(text)[1]).toContain('قوطالي');
  });

  it('a strong verb after the relative pronoun still has its subject after it', () => {
    const text = 'وعقد مؤتمر صحفي في الرياض، الذي قال فيه وزير الخارجية إن الحوار مستمر. وأضاف: «نحن مستعدون للتفاوض في أي وقت».';
    expect(speakers(text)).toEqual(['وزير الخارجية']);
  });
});

describe('quotes-subject: "by saying" ends a subject', () => {
  it('وعلقت الصحيفة البريطانية بالقول: the newspaper, without بالقول', () => {
    expect(speakers('وعلقت الصحيفة البريطانية بالقول: «تبدو العلامة البيضاء للوهلة الأولى وكأنها ضرب من الوهم البصري».')).toEqual(['الصحيفة البريطانية']);
  });

  it('the person named right before بقوله speaks, whatever verb came earlier in the sentence', () => {
    const text = 'وقال الملك فيصل بن عبدالعزيز يوما: "لن نتخلى عن القدس". تذكرت خلافه مع عمرو موسى.. عندما كان يتحدث عن سياسة الجوار العربي، وكان المقصود بها إيران وتركيا.. حين قاطعه سعود الفيصل بقوله: "تتحدث عن سياسة الجوار ونحن نعاني من الاختراق وتدخل الجوار".';
    expect(speakers(text, [['فيصل بن عبدالعزيز', 'p:فيصل'], ['عمرو موسى', 'p:عمرو موسى'], ['سعود الفيصل', 'p:سعود الفيصل']])[1]).toBe('سعود الفيصل');
  });

  it.each([
    ['أما النظام فستدور في أروقته سيناريوهات عديدة، ولي أن أتخيل النقاشات التي تدور داخله: \n "نوافق على المبادرة، لكن عليهم أولا أن يعترفوا بشرعيتنا".', 'النظام'],
    // (negative row: فستان "a dress" is a noun of the subject)
    ['وقالت مصممة فستان الزفاف: "استغرق العمل على التطريز ثلاثة أشهر كاملة".', 'مصممة فستان الزفاف'],
  ])('ف and the future\'s س open a verb, where the subject ends: %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('the writer\'s own view after a source (وفق رؤيتي) names no speaker', () => {
    const text = 'والأقرب لمقولة البزبوز، وفق رؤيتي، هو المقولة المشهورة التي تعود لرد معاوية على سؤال أحد الأعراب: كيف حكمت الشام أربعين سنة؟ فقال: «إن بيني وبين الناس شعرة ما انقطعت، كانوا إذا شدوها أرخيتها».';
    expect(speakers(text)).toEqual([null]);
  });

  it('a participle with the one spoken to after it (متحدثة لشبكة) is not the subject', () => {
    const text = 'ودعت لوكا كاتسيلي رئيسة اتحاد المصارف العملاء إلى الهدوء. وقالت متحدثة لشبكة ميغا التلفزيونية «إن أخرجنا المال من خزائننا فلن يكون في أمان».';
    expect(speakers(text, [['لوكا كاتسيلي', 'p:لوكا كاتسيلي']])).toEqual(['لوكا كاتسيلي']);
  });
});

describe('quotes-subject: where a subject after its verb ends', () => {
  it('آلان with the madda on its first letter is a name, not الآن "now"', () => {
    expect(speakers('وقال آلان ستيرن “لم تكن لدينا أي فكرة عن هذا السطح”.')).toEqual(['آلان ستيرن']);
  });

  it.each([
    ['ويُضيف فان دن بيرج', 'فان دن بيرج'],
    ['وقال فان غال', 'فان غال'],
  ])('فان without a hamza right after the verb opens a Dutch name (%s)', (opening, speaker) => {
    expect(speakers(`${opening} "لقد كانوا غاضبين ويحق لهم ذلك".`)).toEqual([speaker]);
  });

  it('an adverb of time (فورا) ends a subject, and the speaker it ends is carried on', () => {
    const text = 'وقالت إسرائيل إن حماس تخطط لعمليات. ونفت حماس فورا أنها تخطط لتنفيذ عمليات. وقالت في بيان: «عمليات كتائب القسام تدار من داخل الضفة».';
    expect(speakers(text)).toEqual(['حماس']);
  });

  it('an adverb (مجددا، شخصيا) ends a subject', () => {
    expect(speakers('وقالت الناطقة باسم الخارجية مرضية افخم مجددا: «لن نسمح بتفتيش المواقع العسكرية».')).toEqual(['الناطقة باسم الخارجية مرضية افخم']);
  });

  it('a subject that opens its paragraph before the verb takes a لل word in (مصدر أمني متابع للقضية قال)', () => {
    const text = 'وأكد المدعي العام أن «الأجهزة أبلغت السفارة».\nمصدر أمني متابع للقضية قال لـ«الشرق الأوسط» إن «الأجهزة الأمنية لا تزال تتعقب أثر المختطفين».';
    expect(speakers(text)).toEqual(['المدعي العام', 'مصدر أمني متابع للقضية']);
  });

  it('…but not after a clause opener inside a sentence (وكان نقيبا للممثلين حينذاك، فعلق)', () => {
    const text = 'دعا يوسف وهبي إلى اجتماع عاجل، وكان نقيبا للممثلين حينذاك، فعلق على الباب لافتة تحمل العبارة التالية: «رجائي أن يتركن أطفالهن خارج القاعة».';
    expect(speakers(text)).not.toEqual(['نقيبا للممثلين حينذاك']);
  });

  it('after التابع the ل phrase of the body it belongs to is part of the subject', () => {
    expect(speakers('وأضاف الموقع الرسمي التابع لسلسلة مطاعم ماكدونالدز أن «الفروع ستفتح قريبا».')).toEqual(['الموقع الرسمي التابع لسلسلة مطاعم ماكدونالدز']);
    expect(speakers('وقال المركز الإعلامي التابع للحركة في بيان إن «الهجوم فشل».')).toEqual(['المركز الإعلامي التابع للحركة']);
  });

  it('an age (البالغ من العمر) is no part of the subject', () => {
    expect(speakers('يقول عضو البرلمان الهولندي البالغ من العمر 45 عاماً "كان الأطفال يولدون في قذارة".')).toEqual(['عضو البرلمان الهولندي']);
  });

  it('"his saying" (قوله، قولها) after the subject is the verb\'s object, no part of the subject', () => {
    expect(speakers('وأضاف لاعب برشلونة ومنتخب اسبانيا السابق قوله: "القدوم إلى هنا أمر جيد لكن هناك جوانب غير مريحة".')).toEqual(['لاعب برشلونة ومنتخب اسبانيا السابق']);
    expect(speakers('ونقلت الصحيفة عن وزيرة الخارجية قولها: "لن نتراجع عن هذا القرار مهما كانت الضغوط".')).toEqual(['وزيرة الخارجية']);
    // …and the verbal noun with the article (نقل عن فلان القول).
    expect(speakers('ونقل البيان عن المدير العام القول: "إنها صفقة كبيرة للتجارة العالمية".')).toEqual(['المدير العام']);
  });

  it('the name set off after a role is the one between its first two commas, not a later phrase', () => {
    const text = 'وصف رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الخطاب الذي ألقاه الزعيم الإيراني، بالعدواني، وقال إنه «يثبت أن الاتفاق لن يغير سياساتها».';
    expect(speakers(text)).toEqual(['بنيامين نتنياهو']);
  });

  it('a phrase with بال after the subject is the verb\'s complement (وأشاد الضاهر بالدور)', () => {
    const text = 'وأشاد الضاهر بالدور الذي يلعبه الجيش لحماية لبنان، قائلا "نقول دائما إن الجيش هو مؤسسة لأولادنا جميعا".';
    expect(speakers(text)).toEqual(['الضاهر']);
  });
});

describe('quotes-attribution: a continuing verb with a describing subject goes on with the speaker just read', () => {
  // (a paragraph long enough that the person is not "just named" for quotes-role-holder)
  const between = 'وتريد واشنطن الاقتراب من الحكومة الكوبية للمشاركة في نهاية المطاف في تطوير المجتمع الكوبي، فيما تحتاج هافانا إلى محرك اقتصادي أميركي من أجل تحديث نموذجها الاشتراكي من دون أن تحتاج لإجراء إصلاحات سياسية كبرى، وهو ما تراه الأوساط الاقتصادية في البلدين فرصة نادرة لتجاوز عقود طويلة من القطيعة والحصار والعداء المتبادل بين الجارين.';

  it('وأضاف الخبير after the person a speech verb introduced', () => {
    const text = `وقال تيد بيكون، الاختصاصي في شؤون كوبا، إن التقارب جاء ثمرة «هذه الذهنية البرغماتية الجديدة التي تطبع المناخ». ${between} وأضاف الخبير أن «هناك نقاطا مشتركة في المقاربتين، ولكن أيضا اختلافات كبرى».`;
    expect(speakers(text, [['تيد بيكون', 'p:تيد بيكون']])[1]).toBe('تيد بيكون');
  });

  it('a construct whose second word has the article (وتابع هداف الدوري)', () => {
    const text = 'وقال الكسندر لاكازيت إنه سعيد بالفوز. وتابع هداف الدوري (27 هدفا): «الشائعات لا تمنع من العمل».';
    expect(speakers(text, [['الكسندر لاكازيت', 'p:الكسندر لاكازيت']])).toEqual(['الكسندر لاكازيت']);
  });

  it('وأضاف النائب الجمهوري goes on with the speaker even when the text has just named someone else', () => {
    const text = 'ولم يجد المحققون علاقة بين سامر الحلبي وشركاء متطرفين. إلا أن رئيس لجنة الأمن الداخلي، مايكل ماكول، قال إن «الأهداف هي نفسها التي دعا التنظيم إلى مهاجمتها». وأضاف النائب الجمهوري أن «التهديد حقيقي وهو يأتي من الإنترنت».';
    expect(speakers(text, [['سامر الحلبي', 'p:سامر الحلبي'], ['مايكل ماكول', 'p:مايكل ماكول']])).toEqual(['مايكل ماكول', 'مايكل ماكول']);
  });

  it.each([
    ['an indefinite subject is someone new', 'وأضاف مسؤول آخر'],
    ['an office is a role of its own', 'وأضاف وزير الخارجية'],
    ['a verb that does not continue', 'وقال الخبير'],
  ])('%s', (_, opening) => {
    const text = `وقال تيد بيكون إن التقارب جاء ثمرة «هذه الذهنية البرغماتية الجديدة التي تطبع المناخ». ${between} ${opening} أن «هناك نقاطا مشتركة في المقاربتين».`;
    expect(speakers(text, [['تيد بيكون', 'p:تيد بيكون']])[1]).not.toBe('تيد بيكون');
  });
});

describe('quotes-attribution: an honorific subject (وأبان معاليه) goes back to the honoured speaker', () => {
  it('not to the person named since as whom they met', () => {
    const text = 'قال معالي وزير الخارجية عادل الجبير اليوم " إن على إيران أن تستخدم الاتفاق لتحسين اقتصادها ". وأضاف معاليه للصحفيين عقب لقائه وزير الخارجية الأمريكية جون كيري إنه "إذا حاولت إيران أن تسبب مشاكل فسوف نواجهها بحزم". وأبان معاليه أن كل دول المنطقة تريد أن ترى حلاً سلميًا، مرحبًا بالاتفاقية " التي تقوم على نظام تفتيش قوي ومستمر ".';
    expect(speakers(text, [['عادل الجبير', 'p:عادل الجبير'], ['جون كيري', 'p:جون كيري']])).toEqual(['عادل الجبير', 'عادل الجبير', 'عادل الجبير']);
  });
});

describe('quotes-statement-owner: a verb with فيه/فيها speaks for whom the statement is from', () => {
  it.each([
    ['the sender after من', 'قبل العيد بأيام وصلت إليّ رسالة من إحدى الأمهات؛ تقول فيها: "أستاذة سلوى ما رأيك باللي يسافر للخارج قبل العيد".', 'إحدى الأمهات'],
    ['the body the statement is of, without its adjectives', 'وفي بيان وزارة الداخلية الأخير، أعلن فيه عن الإطاحة "بتنظيم مكوّن من خلايا عنقودية مرتبط بتنظيم داعش".', 'وزارة الداخلية'],
  ])('%s', (_, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('not a statement noun with the article before its adjective (البيان الأخير)', () => {
    expect(speakers('وفي البيان الأخير، أعلن فيه عن الإطاحة "بتنظيم مكوّن من خلايا عنقودية مرتبط بتنظيم داعش".')).toEqual([null]);
  });
});

describe('quotes-speaker-tracker: an unnamed source called by another such noun', () => {
  it('وقال المسؤول after وقال دبلوماسي غربي كبير', () => {
    const text = 'وقال دبلوماسي غربي كبير مشارك في الاتفاق إن مزيجا من القيود وآلية التحقق يكفي. وقال المسؤول "طموحنا هو دمج البرنامج النووي الإيراني في إطار التعاون الدولي".';
    expect(speakers(text)).toEqual(['دبلوماسي غربي كبير مشارك']);
  });

  it('not a named speaker (وقال الوزير فلان … وقال المسؤول)', () => {
    const text = 'وقال وزير الخارجية إن مزيجا من القيود وآلية التحقق يكفي. وقال المسؤول "طموحنا هو دمج البرنامج النووي الإيراني في إطار التعاون الدولي".';
    expect(speakers(text)).toEqual(['المسؤول']);
  });
});

describe('quotes-named-since: a person named since a remembered speaker who names nobody', () => {
  it('a bare verb goes to the person named since, passing over a name after a preposition', () => {
    const text = 'أجول في الكتب (كتب العلم وشهادات التاريخ).. فألاقي صلاح الدين المنجد في كتابه أحاديث عن فيصل والتضامن الإسلامي يقول: "لقد كان فيصل بطل الدعوة إلى التضامن الإسلامي".';
    expect(speakers(text, [['صلاح الدين المنجد', 'p:صلاح الدين المنجد'], ['فيصل', 'p:فيصل']])).toEqual(['صلاح الدين المنجد']);
  });

  it('not a name after a preposition alone (فعن أنس قال … ويقول)', () => {
    const text = 'وكتب المؤرخون عنه كثيرا. فعن أنس قال: كان النبي عند بعض نسائه فجمع الطعام ثم جعل يجمع فيها ويقول: «غارت أمكم».';
    expect(speakers(text, [['أنس', 'p:أنس']])).not.toContain('أنس');
  });

  it('with no speech word at all, the person named since the last speaker', () => {
    const text = 'لقد أخبرت غرفة مليئة بالعلماء المجتمعين في ليفربول: "يبدو أنه قد مر وقت طويل منذ أن كانت المملكة المتحدة مغلقة أمام الفضاء". ألان بوند، مخترع نظام الدفع سيبر، الذي إن ثبت نجاحه، سيأخذ الطائرات إلى المدار يقول "لقد وضعوا لأنفسهم بعض الأهداف الطموحة لدفع صناعة الفضاء، وقد تم تنفيذ كل هذا التخطيط بشكل جيد للغاية". "تحاول الحكومة جعل الصناعة أكثر وعيا للعملية الاقتصادية. الآن الضغط سيكون على الصناعة".';
    expect(speakers(text, [['ألان بوند', 'p:ألان بوند']])[2]).toBe('ألان بوند');
  });
});

describe('quotes-attribution: with nobody named near, the last speaker read', () => {
  it('whatever its verb\'s agreement (سألت … أجاب)', () => {
    const text = 'سألت قائد المجموعة المكونة العسكرية: ما الشعور الذي يختلجكم وأنتم تدركون أن القتال قد ينشب في أي لحظة؟ أجاب: «مرحبا بالشهادة». ثم سرد قصصا من تجربته في الحرب قائلا: «قدت مجموعة في أكثر من مواجهة».';
    expect(speakers(text)).toEqual(['قائد المجموعة المكونة العسكرية', 'قائد المجموعة المكونة العسكرية']);
  });
});

describe('quotes-speaker: a person inside the subject', () => {
  it.each([
    ['a name the subject was cut inside, after a role (فان read as فإن)', 'وقال سفير نيوزيلندا جيرارد فان بوهيمن الذي تتولى بلاده الرئاسة الدورية للمجلس: «لقد تم اعتماد مشروع القرار بالإجماع».', 'جيرارد فان بوهيمن', 'جيرارد فان بوهيمن'],
    ['…not a longer mention after another name\'s word (ابن عباس)', 'وعن ابن عباس رضي الله عنهما قال: «فرض النبي زكاة الفطر طهرة للصائم».', 'عباس رضي الله', 'ابن عباس'],
    ['a supervisor is a role that reaches past where it serves to its name (مشرف … بالمركز)', 'بدوره، قال مشرف قسم الذكور بالمركز عبدالله علي مستور، فيما يخص البرامج بالمركز: "المركز يقدم العديد من البرامج والأنشطة".', 'عبدالله علي مستور', 'عبدالله علي مستور'],
    ['…and so is a woman supervisor (مشرفة)', 'وقالت مشرفة النشاط بالمدرسة نورة السبيعي لـ"الرياض": "شاركت الطالبات بحماس كبير في الفعاليات التي نظمتها المدرسة طوال الأسبوع".', 'نورة السبيعي', 'نورة السبيعي'],
  ])('%s', (_, text, name, speaker) => {
    expect(speakers(text, [[name, `p:${name}`]])).toEqual([speaker]);
  });
});

describe('quotes-role-holder: a bare role held by the person just named', () => {
  it('خبير الاقتصاد الأميركي after a sentence naming him', () => {
    const text = 'وواجه تسيبراس انتقادات بول كروغمان الحائز جائزة نوبل للاقتصاد، حيث كتب خبير الاقتصاد الأميركي «ربما بالغت في تقدير كفاءة الحكومة اليونانية».';
    expect(speakers(text, [['تسيبراس', 'p:تسيبراس'], ['بول كروغمان', 'p:بول كروغمان']])).toEqual(['بول كروغمان']);
  });

  it('a role followed by the occasion of its words (في مؤتمر صحافي), not by a place', () => {
    const text = 'أعلن رئيس الحكومة التركية أحمد داود أوغلو أن تنظيم داعش يقف وراء الاعتداء. وقال المسؤول التركي في مؤتمر صحافي عقده في أنقرة "إن العناصر الأولى للتحقيق تكشف أنه اعتداء انتحاري".';
    expect(speakers(text, [['أحمد داود أوغلو', 'p:أحمد داود أوغلو']])).toEqual(['أحمد داود أوغلو']);
  });

  it('a role in the dual (المحاميان)', () => {
    const text = 'وانتقد محاميا الأرملة فرنسيس سزبينر ورينو سمردجيان القضاة. وقال المحاميان يومها "لا يوجد أي شخص بإمكانه حتى الآن إيضاح سبب الوفاة".';
    expect(speakers(text, [['رينو سمردجيان', 'p:رينو سمردجيان']])).toEqual(['رينو سمردجيان']);
  });

  it.each([
    ['an indefinite role is someone new', 'والتقى الوزير محمد رحيم بالسكان. وقال مسؤول عسكري أميركي «نحن على علم بالحادث».', 'محمد رحيم', 'مسؤول عسكري أميركي'],
    ['a role placed with في is an office of its own', 'وزار صلاح الدين المدينة. وقال رئيس اللجنة الأمنية في الخالدية إن القوات «تتقدم من المحور الشرقي لدخول المدينة».', 'صلاح الدين', 'رئيس اللجنة الأمنية'],
    ['a role given to someone else since the name', 'شارك ليونيل ميسي مع رئيس الغابون علي بونجو بوضع حجر الأساس للملعب. وقال رئيس الغابون «عندما زرت برشلونة التقيت بميسي».', 'ليونيل ميسي', 'رئيس الغابون'],
  ])('%s', (_, text, name, speaker) => {
    expect(speakers(text, [[name, `p:${name}`]])).toEqual([speaker]);
  });
});

describe('quotes-given-name and the subject: how a person inside a subject is named', () => {
  it('a family name linked to a relative, after a given name of its own, is named as written', () => {
    const text = 'وحسب موقع "فرانس 24"، أخبرت أريستي تسيبراس مجلة "بارابوليتيكا" الأسبوعية أن "أليكسيس لم يعد يأكل أو ينام مؤخرا، لكن ما من خيار أمامه". وأضافت: "نادرا ما أراه. فهو يذهب من المطار إلى البرلمان".';
    expect(speakers(text, [['تسيبراس', 'p:اليكسيس تسيبراس', 'أليكسيس تسيبراس']])).toEqual(['أريستي تسيبراس', 'أريستي تسيبراس']);
  });

  it('a name right after a subject that stopped short of it (صباح "morning")', () => {
    const text = 'وأوضحت المطوفة صباح بوان أن الإنجاز الأمني يعد انتصارا جديدا، قائلة: «نقف خلفهم لأداء واجبهم الديني والوطني».';
    expect(speakers(text, [['صباح بوان', 'p:صباح بوان']])).toEqual(['صباح بوان']);
  });

  it('of two names joined by و the first speaks for both', () => {
    const text = 'وقال حاتم الشرقاوي وعمران فلاتة: «الضربات الاستباقية تكللت بالكشف عن المخططات».';
    expect(speakers(text, [['حاتم الشرقاوي', 'p:حاتم الشرقاوي'], ['عمران فلاتة', 'p:عمران فلاتة']])).toEqual(['حاتم الشرقاوي']);
  });
});

describe('quotes-speaker: a role linked to the person the article gave it', () => {
  it.each([
    ['الرئيس is not the head of government', 'وسرعان ما ندد الرئيس التركي خلال زيارة إلى قبرص بالهجوم وقال', 'الرئيس التركي'],
    ['رئيس الوزراء is', 'وقال رئيس الوزراء أمام الصحافيين', 'أحمد داود أوغلو'],
  ])('%s', (_, opening, speaker) => {
    const text = `وقال رئيس الوزراء أحمد داود أوغلو إن التحقيق جار. ${opening} «إنني أندد وألعن باسم شعبي مرتكبي هذه الوحشية».`;
    expect(speakers(text, [['أحمد داود أوغلو', 'p:احمد داود اوغلو']])).toEqual([speaker]);
  });
});

describe('quotes-attribution: the verb that speaks', () => {
  it('a weak verb inside what a speech verb reports gives way to that verb', () => {
    const text = 'في عام 1960، كتب عالم الأنثروبولوجيا إدوارد هيل إن الثقافة اليونانية ترى العقد «كنوع من محطة التوقف على مسار التوصل للمفاوضات».';
    expect(speakers(text, [['إدوارد هيل', 'p:إدوارد هيل']])).toEqual(['إدوارد هيل']);
  });

  it('a source word before a participle is a phrase of the sentence: the participle speaks for its subject', () => {
    const text = 'ودعا السهلي عموم المواطنين بالابتعاد عن مواقع الحوادث المرورية حتى تتمكن الفرق الإسعافية من مباشرة الحالات بطريقة احترافية وفق المعايير الزمنية، مشيرا إلى أن التجمهر يؤخر تقديم الخدمة الإسعافية في الدقائق «الذهبية» للمصابين على حد وصفه.';
    expect(speakers(text, [['السهلي', 'p:خالد بن مساعد السهلي', 'خالد بن مساعد السهلي']])).toEqual(['خالد بن مساعد السهلي']);
  });

  it('a relative verb with an object pronoun (التي وصفها) does not make the relative its subject', () => {
    const text = 'ورئيس الوزراء توني أبوت من المنتقدين البارزين لمزارع الرياح التي وصفها بأنها "قبيحة الشكل ومصدر للضوضاء".';
    expect(speakers(text, [['توني أبوت', 'p:توني أبوت']])).toEqual(['توني أبوت']);
  });

  it.each([
    ['وقال مسؤول كبير في الجيش، طلب عدم نشر اسمه، إن الهجوم وقع ليلا. وأضاف: «وقع الانفجار الثاني بينما كان الجنود يقتربون».', 'مسؤول كبير'],
    ['وقال المصدر إن الفريق فاز. وبعد نشره ورقتين علميتين نهاية العام بدأ يشعر بالألم. وأضاف: «الموسم كان صعبا علينا».', 'المصدر'],
  ])('a verb\'s form after عدم or a preposition with و (وبعد نشره) is a noun with no subject of its own: %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it('بيّن with its shadda is a speech verb', () => {
    const text = 'وبيَّن حسن صلاح اللحياني أن الإنجاز جاء بتوجيه من الأمير محمد بن نايف، مشيرا إلى أن الأجهزة الأمنية "تمكنت من إحباط كل المخططات الإجرامية".';
    expect(speakers(text, [['حسن صلاح اللحياني', 'p:حسن صلاح اللحياني'], ['محمد بن نايف', 'p:محمد بن نايف']])).toEqual(['حسن صلاح اللحياني']);
  });

  it('بين without its shadda after "for his part" is the speech verb, whose subject a later وتابع goes on with', () => {
    const text = 'وأكد المهندس محمد العمرة أن القرية جاهزة. بدوره، بين المشرف على البرامج إبراهيم آل مسفر أن القرية ستفتح أبوابها. وأضاف أن هناك خدمات كثيرة للزوار. وتابع: «القرية ظلت أهم عوامل الجذب السياحي».';
    expect(speakers(text, [['محمد العمرة', 'p:محمد العمرة'], ['إبراهيم آل مسفر', 'p:إبراهيم آل مسفر']])).toEqual(['إبراهيم آل مسفر']);
  });

  it('بين opening its clause before a role noun is the speech verb, whose subject the role reaches', () => {
    const text = 'وقال القيادي في الحزب الديمقراطي بيستون فايق: «نحن مع حكومة وطنية موحدة في الإقليم». وفي الشأن ذاته بين القيادي في الاتحاد الوطني الكردستاني، فريد أسسرد، لـ«الشرق الأوسط»: «نحن لسنا مع إعادة نظام الإدارتين في الإقليم».';
    expect(speakers(text, [['بيستون فايق', 'p:بيستون فايق'], ['فريد أسسرد', 'p:فريد أسسرد']])).toEqual(['بيستون فايق', 'فريد أسسرد']);
  });

  it('ذهب … إلى أن "held that" is a speech verb', () => {
    const text = 'وقال المدرب سالم الزهراني: «الإصابات كثرت هذا الموسم». فيما ذهب اختصاصي العلاج الطبيعي خريف الخريف إلى أن الإعداد في بداية الموسم "أمر مهم جدا لتفادي مثل هذه الإصابات".';
    expect(speakers(text, [['سالم الزهراني', 'p:سالم الزهراني']])[1]).toBe('اختصاصي العلاج الطبيعي خريف الخريف');
  });

  it('ألمح is a speech verb: its subject speaks for the participle after it', () => {
    const text = 'وألمح اللاعب ماريو غوتزه إلى إمكانية انتقاله إلى الدوري الإيطالي، قائلا: «يوفنتوس ناد كبير جدا».';
    expect(speakers(text, [['ماريو غوتزه', 'p:ماريو غوتزه']])).toEqual(['ماريو غوتزه']);
  });
});

describe('quotes-subject-before: the subject written before a verb', () => {
  it('كان, its subject, then the verb (وكان خامنئي قال أول من أمس): the subject is before, not the time after', () => {
    const text = 'وقال نتنياهو إن الاتفاق سيئ. وكان خامنئي قال أول من أمس، إن «الاتفاق مع القوى العالمية لا يعني حدوث أي تحول».';
    expect(speakers(text)).toEqual(['خامنئي']);
  });

  it('a sound plural in ـين after بأن is the accusative subject of a plural verb', () => {
    const text = 'خرق الاتفاق الخطوط الحمراء التي كان خامنئي قد أكد عليها شخصيا وبصورة معلنة. وليست من قبيل الصدفة بأن مسؤولين في النظام يعتبرون الاتفاق بأنه «كأس سم نووي».';
    expect(speakers(text)).toEqual(['مسؤولين']);
  });

  it('not the last item of a list before ، وقال', () => {
    const text = 'وأوضح عبدالله البرقان أن اللجنة تسلمت ثلاث شهادات دولية خاصة بلاعبي الهلال، الخليج، المجزل، وقال "لم يتم طلب أي شهادة دولية خاصة بأي لاعب سعودي من أي اتحاد آخر".';
    expect(speakers(text, [['عبدالله البرقان', 'p:عبدالله البرقان']])).toEqual(['عبدالله البرقان']);
  });

  it.each([
    ['وقال الشيخ إن التوبة ممكنة. - بعض المساجين يقولون "والله ما ركعت ركعة ولا سجدت سجدة لله إلا في السجن".', 'بعض المساجين'],
    ['هناك قضايا تستلزم رأيا واضحا صريحا دون مواربة.\n* بعض الكتاب، يكتب في مقالاته "حدثني الأمير، كلمني المسؤول، هاتفني الوزير".', 'بعض الكتاب'],
  ])('a list item\'s dash or star opens the clause of the subject after it: %s', (text, speaker) => {
    expect(speakers(text).at(-1)).toBe(speaker);
  });

  it('before a colon with no subject next to it, the subject of the verb that opens the sentence', () => {
    expect(speakers('وتلخص صحيفة الفايننشال تايمز هذه المسألة بهذا الإعلان البسيط: «على المدى الطويل، لا شيء يغلب الأسهم».')).toEqual(['صحيفة الفايننشال تايمز']);
  });
});

describe('speech words', () => {
  it.each([['وصفها', true], ['سماه', false], ['قال', false], ['نبه', false]])('hasObjectPronoun(%s) → %s', (word, expected) => {
    expect(hasObjectPronoun(word)).toBe(expected);
  });

  it('ألمح in its forms', () => {
    expect(['والمح', 'يلمح', 'المحت'].map((w) => speechWord(w)?.kind)).toEqual(['verb', 'verb', 'verb']);
  });

  it.each([
    ['وبيَّن الوزير أن', true], ['بيّن الوزير أن', true], ['وبين الطرفين أن', false], ['بين الطرفين', false],
    ['ذهب الوزير إلى أن', true], ['وذهبت الوزيرة إلى أن', true], ['ذهب الوزير إلى المؤتمر وقال', false],
  ])('explainedAt(%s …) → %s', (opening, expected) => {
    const text = `${opening} "الوضع مستقر".`;
    const ctx = runSteps(buildQuoteContextSteps(text, findMarkPairs(text)));
    expect(explainedAt(ctx, 0) !== undefined).toBe(expected);
  });

  // بين after "for his part" (بدوره، من جهته) is the verb; after anything else, the preposition.
  it.each([
    ['بدوره، بين المشرف أن', true], ['بدوره بين المشرف أن', true], ['من جهته بين النائب أن', true],
    ['ومن جانبها، بينت الوزيرة أن', true], ['ومن بين الحضور', false], ['الفرق بين الطرفين أن', false],
    ['جهته بين الطرفين', false], ['وقال بدوره إن المسافة بين البلدين', false],
    // …and opening its clause before a definite role noun, its subject (quotes-role-after-bayyana)
    ['وبين الوزير أن', true], ['وقال إنه يسعى. وبين المتحدث الإعلامي أن', true], ['وفي الشأن ذاته بين القيادي في الحزب', true],
    ['وفي الشأن ذاته، بينت الوزيرة أن', true], ['كما بين الدكتور أن', true],
    ['العلاقة بين المالك والمستأجر', false], ['بخلافات بين المدرب والنجم', false], ['وبين الأهلي والهلال', false], ['وقال إنه يسعى. وبين «الأهلي» و«الهلال»', false],
  ])('explainedAt on بين in %s → %s', (opening, expected) => {
    const text = `${opening} "الوضع مستقر".`;
    const ctx = runSteps(buildQuoteContextSteps(text, findMarkPairs(text)));
    const at = ctx.tokens.findIndex((_, k) => /^[وف]?بين/.test(ctx.f(k)));
    expect(explainedAt(ctx, at) !== undefined).toBe(expected);
  });
});

describe('quotes-writer: a first-person lead-in gives the writer\'s own words, with no speaker', () => {
  it.each([
    ['وقالت الوزيرة: «سنفتح المدارس الأسبوع المقبل». فقلت: «وماذا عن الطلاب في القرى البعيدة؟»'],
    ['وقال المدرب: «الفريق جاهز». سألني عن الإصابات فكان جوابي: «نعم هذا طبيعي ولو أن الشكل غير طبيعي»'],
  ])('%s', (text) => {
    expect(speakers(text)[1]).toBeNull();
  });

  it('a first-person verb chained on with و, farther back than a few words: still the writer', () => {
    const text = 'وجلست ليلى سعيد إلى جواري صامتة طوال الطريق، وقلت لها وأنا أضحك بصوت عال: «وصلنا أخيرا يا صغيرتي»';
    expect(speakers(text, [['ليلى سعيد', 'Q1']])).toEqual([null]);
  });

  it('not a third-person verb: فقالت is the woman speaking', () => {
    expect(speakers('وقالت الوزيرة: «سنفتح المدارس». فقالت: «وسنبني مدارس جديدة في القرى»')).toEqual(['الوزيرة', 'الوزيرة']);
  });
});

describe('a participle in a clause a conjunction opens after the verb', () => {
  const people: Array<[string, string, string]> = [['بونغو', 'p:علي بونغو', 'علي بونغو'], ['ميسي', 'p:ليونيل ميسي', 'ليونيل ميسي']];
  it('speaks for the person right after that clause\'s verb, not for the sentence\'s subject nor whom its object names', () => {
    const text = 'وكتبت مجلة «فرانس فوتبول»، أن «الرحلة الأفريقية القصيرة جلبت 3.5 مليون يورو تقريبا، ليس سيئا!»، فيما حاول الرئيس بونغو توضيح ظهور ميسي قائلا: «حينما كنت في برشلونة التقيت ميسي».';
    expect(speakers(text, people)).toEqual(['مجلة فرانس فوتبول', 'علي بونغو']);
  });
  it('without the conjunction, goes on with the sentence\'s subject', () => {
    const text = 'وكتبت مجلة «فرانس فوتبول»، أن «الرحلة الأفريقية القصيرة جلبت 3.5 مليون يورو تقريبا، ليس سيئا!»، مضيفة أن الرئيس بونغو حاول توضيح ظهور ميسي، قائلة: «حينما كان في برشلونة التقى ميسي».';
    expect(speakers(text, people)[1]).toBe('مجلة فرانس فوتبول');
  });
});

describe('"after that" (بعد ذلك) between a verb and its subject', () => {
  it('is skipped as أيضًا is: تحدث بعد ذلك جيمس هوغان فقال goes on with هوغان, not the speaker before', () => {
    const text = 'وكان رينزي قد صرح قائلا: «اربطوا أحزمتكم».\n\n تحدث بعد ذلك جيمس هوغان فقال إن «لدى شركة أليطاليا إمكانات واسعة».';
    expect(speakers(text, [['رينزي', 'p:ماتيو رينزي', 'ماتيو رينزي'], ['جيمس هوغان', 'p:جيمس هوغان']])).toEqual(['ماتيو رينزي', 'جيمس هوغان']);
  });
});

describe('quotes-writer: a past verb that reads as "I …" or "she …" (كتبت) is the writer\'s when the writer speaks of themself and no woman spoke', () => {
  it.each([
    ['تعاقد النادي مع المدرب سامي الجابر. ومن وجهة نظري المتواضعة أنني حذرت من هذه الخطوة منذ البداية.. وكتبت أيضاً "إن من الحب ما قتل فعلا".',
      [['سامي الجابر', 'p:سامي الجابر']], [null]],
    // (a woman who spoke before goes on: she wrote)
    ['وقالت الكاتبة منى الحربي: «التعاقد خطأ كبير». ومن وجهة نظري أنني حذرت منه.. وكتبت أيضاً "إن من الحب ما قتل فعلا".',
      [['منى الحربي', 'p:منى الحربي']], ['منى الحربي', 'منى الحربي']],
    // (no first person of the writer: she wrote, the woman named before)
    ['وحضرت الكاتبة منى الحربي اللقاء مع المدرب.. وكتبت أيضاً "إن من الحب ما قتل فعلا".',
      [['منى الحربي', 'p:منى الحربي']], ['منى الحربي']],
  ] as Array<[string, Array<[string, string]>, Array<string | null>]>)('%s', (text, people, expected) => {
    expect(speakers(text, people)).toEqual(expected);
  });
});
