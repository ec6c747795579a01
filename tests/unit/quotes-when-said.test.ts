import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-when-said: a bare verb after حيث/عندما speaks for the person the sentence is about', () => {
  it('وقال سليم حداد إن … نشر المهندس كريم الشامي صورة … حيث قال: «…»: the engineer, not the one reporting it', () => {
    const text = 'وقال المتحدث سليم حداد إن الشركة غيرت شعارها بعدما نشر المهندس كريم الشامي صورة الشعار على صفحته حيث قال: «هذا شعارنا من اليوم».';
    expect(quoteSpeakers(text, [['سليم حداد', 'p:سليم حداد'], ['كريم الشامي', 'p:كريم الشامي']])).toEqual(['كريم الشامي']);
  });

  it('كما عبر عنه المفكر جاد منصور عندما قال: «…»: the thinker, not the writer quoted before', () => {
    const text = 'ويقول الباحث رامي سعيد: «الوقت ضيق». ولعل الأمر هو كما عبر عنه المفكر جاد منصور عندما قال جوابا عن سؤال: «لا أحد يعرف الجواب».';
    expect(quoteSpeakers(text, [['رامي سعيد', 'p:رامي سعيد'], ['جاد منصور', 'p:جاد منصور']])).toEqual(['رامي سعيد', 'جاد منصور']);
  });

  it('وعبر سامي نوري، مستشار الرئيس هاني، عن الفكرة … إذ قال: «…»: the first person, not the one in the apposition', () => {
    const text = 'وقال الكاتب رامي سعيد: «الوقت ضيق». وعبر سامي نوري، مستشار الرئيس هاني، عن الفكرة نفسها بطريقة أخرى، إذ قال: «لا أحد يطلب منا ذلك».';
    expect(quoteSpeakers(text, [['رامي سعيد', 'p:رامي سعيد'], ['سامي نوري', 'p:سامي نوري'], ['هاني', 'p:هاني']])).toEqual(['رامي سعيد', 'سامي نوري']);
  });
});
