import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-list-noun: كتب، ذكر، نقل، رأي on a list inside a sentence are nouns, not speech verbs', () => {
  it('دواوين الشعر، والروايات، وكتب الأطفال: the children did not write; the bare وقال goes on with the poet', () => {
    const text = 'وقال الشاعر سامر الحلبي إنه يعمل على ديوان جديد. ويضم إنتاجه دواوين الشعر، والروايات، وكتب الأطفال، وعددا من المقالات. وقال: «أكتب كل صباح قبل أن يستيقظ البيت».';
    const got = quoteSpeakers(text, [['سامر الحلبي', 'p:سامر الحلبي']]);
    expect(got).not.toContain('الأطفال');
    expect(got).toEqual(['سامر الحلبي']);
  });

  it('…، وذكر المتحدث أن «…»: a verb mid-sentence that reports what was said keeps its subject', () => {
    const text = 'زار الوفد المصنع صباح أمس، وذكر المتحدث أن «العمل سيبدأ في الربيع المقبل».';
    expect(quoteSpeakers(text)).toEqual(['المتحدث']);
  });

  it('…، ونقل الموقع عن الوزير قوله «…»: a source with عن is still a source', () => {
    const text = 'انتهى الاجتماع مساء أمس، ونقل الموقع عن الوزير سعيد الراشد قوله: «سنعلن القرار خلال أيام».';
    expect(quoteSpeakers(text, [['سعيد الراشد', 'p:سعيد الراشد']])).toEqual(['سعيد الراشد']);
  });
});
