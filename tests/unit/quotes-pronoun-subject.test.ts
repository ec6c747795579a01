import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-pronoun-subject: a subject pronoun before a speech verb leaves what follows it an object', () => {
  it('وعما إذا هي تتابع البرامج الحوارية قالت: the interviewee, not the programmes', () => {
    const text = 'قالت المغنية سلمى عادل إنها سعيدة بالعمل الجديد. وعما إذا هي تتابع البرامج الحوارية قالت: «لا أجد الوقت لذلك». وأضافت: «أفضل القراءة في المساء».';
    expect(quoteSpeakers(text, [['سلمى عادل', 'p:سلمى عادل']])).toEqual(['سلمى عادل', 'سلمى عادل']);
  });

  it('وهو يتابع العمال: the one already named speaks', () => {
    const text = 'وزار المهندس فارس نجيب موقع السد. ويقول نجيب وهو يتابع العمال الجدد إن «المشروع سينتهي قبل موعده».';
    expect(quoteSpeakers(text, [['فارس نجيب', 'p:فارس نجيب']])).toEqual(['فارس نجيب']);
  });
});
