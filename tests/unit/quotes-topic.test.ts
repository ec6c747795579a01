import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-topic: أما … فقال is said by the topic of أما', () => {
  it('a long topic with a role after the name', () => {
    const text = 'وقال كريم منصور مدير المشروع إن "العمل بدأ أمس". أما سليم داود الشريك المؤسس للمبادرة فقال "أردنا أن نبدأ من القرى البعيدة".';
    expect(quoteSpeakers(text, [['كريم منصور', 'p:كريم منصور'], ['سليم داود', 'p:سليم داود']])).toEqual(['كريم منصور', 'سليم داود']);
  });

  it('an aside between the topic and فقال', () => {
    const text = 'وقال هشام الراوي إن الشرطة دخلت المقهى «دون إذن». أما رئيس نقابة الرسامين الفنان عادل الفرا، وهو أحد من اعتقلوا، فقال: «فوجئنا بدخول الشرطة إلى المقهى».';
    expect(quoteSpeakers(text, [['هشام الراوي', 'p:هشام الراوي'], ['عادل الفرا', 'p:عادل الفرا']])).toEqual(['هشام الراوي', 'عادل الفرا']);
  });

  it('a topic with عن is what is talked about: the speaker goes on', () => {
    const text = 'وقال الشاعر نبيل سمعان: «أكتب كل صباح». أما عن الشعر الوطني، فقال: «كتبت فيه قصائد كثيرة في شبابي».';
    expect(quoteSpeakers(text, [['نبيل سمعان', 'p:نبيل سمعان']])).toEqual(['نبيل سمعان', 'نبيل سمعان']);
  });
});
