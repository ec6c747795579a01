import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-clause-head: a participle speaks for the person heading its clause, whatever the verb', () => {
  it('أصر فلان، أمس، على أن …، مضيفًا: the one who insisted, not the speaker quoted before', () => {
    const text = 'وقال المحلل سامي ناصر: «السوق هادئة هذه الأيام». أما بالنسبة للضرائب الجديدة، أصر كمال يوسف، أمس، على أن الموعد مناسب للجميع، مضيفًا: «لن نؤجل القرار مهما كانت الضغوط».';
    expect(quoteSpeakers(text, [['سامي ناصر', 'p:سامي ناصر'], ['كمال يوسف', 'p:كمال يوسف']])).toEqual(['سامي ناصر', 'كمال يوسف']);
  });

  it('ولا يعتقد الكاتب فلان أن …، مشيرًا: a negated verb the lexicon does not know still heads the clause', () => {
    const text = 'وقال الشاعر سامي ناصر: «القراءة تتراجع كل عام». ولا يعتقد الكاتب رامي خليل أن الشبكة مسؤولة عن ذلك، مشيرا إلى أن «الكتاب الورقي باق رغم كل شيء».';
    expect(quoteSpeakers(text, [['سامي ناصر', 'p:سامي ناصر'], ['رامي خليل', 'p:رامي خليل']])).toEqual(['سامي ناصر', 'رامي خليل']);
  });

  it('a participle that opens its own sentence has no clause head to go on with', () => {
    const text = 'وقال الشاعر سامي ناصر: «القراءة تتراجع كل عام». مشيرا إلى أن «الكتاب الورقي باق رغم كل شيء».';
    expect(quoteSpeakers(text, [['سامي ناصر', 'p:سامي ناصر']])).toEqual(['سامي ناصر', 'سامي ناصر']);
  });

  it('جاء في التقرير أن …، مضيفا: the report the sentence opens with goes on speaking', () => {
    const text = 'وقال الباحث سامي ناصر: «الأرقام مقلقة». وجاء في التقرير أن المدارس «تحتاج إلى دعم عاجل»، مضيفا أن هذه الحالات قد «تزيد الأعباء على الأسر الفقيرة».';
    expect(quoteSpeakers(text, [['سامي ناصر', 'p:سامي ناصر']])).toEqual(['سامي ناصر', 'التقرير', 'التقرير']);
  });
});
