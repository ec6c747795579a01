import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-named-since: a person named after أن is reported, not a speaker', () => {
  it('وقال المصدر "إن فلانًا …. مضيفا "…": the أن right after the opening mark reports the name', () => {
    const text = 'وقال مصدر مطلع إن اللاعب لم يحسم أمره. وقال المصدر "ان سامي ناصر يدرس العرض بعناية كبيرة. مضيفا "انه سيعلن قراره خلال الأيام المقبلة".';
    const said = quoteSpeakers(text, [['سامي ناصر', 'p:سامي ناصر']]);
    expect(said).toEqual(['مصدر مطلع', 'مصدر مطلع']);
  });
});
