import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('dropNisbaPhrases: a noun and the nisba adjective that describes it', () => {
  it('drops a common noun and a nisba adjective read as a name', () => {
    const text = 'قال سامي العتيبي إن المتهم طالب جامعي يسكن في حي النسيم';
    expect(peopleFromSpans(text, ['سامي العتيبي', 'طالب جامعي'])).toEqual(['سامي العتيبي']);
  });

  it('drops a given name that is also a common word before a nisba adjective', () => {
    const text = 'يقدم المقهى لزبائنه أطباقا خفيفة في جو كلاسيكي هادئ';
    expect(peopleFromSpans(text, ['جو كلاسيكي'])).toEqual([]);
  });

  it('keeps a person’s given name before a family name of that shape', () => {
    const text = 'استقبل الوزير نزار مدني وفدا من رجال الأعمال';
    expect(peopleFromSpans(text, ['نزار مدني'])).toEqual(['نزار مدني']);
  });

  it('keeps an unlisted name that a definite title announces', () => {
    const text = 'عرض البيان تفاصيل من حياة الوزيرة الدكتورة ناهد عشري في العيد';
    expect(peopleFromSpans(text, ['ناهد عشري'])).toEqual(['ناهد عشري']);
  });

  it('drops a noun and its adjective after an indefinite title word', () => {
    const text = 'يمثلان العم سام ورجل دين إيراني في الرسم';
    expect(peopleFromSpans(text, ['دين إيراني'])).toEqual([]);
  });
});
