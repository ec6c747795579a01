import { describe, expect, it } from 'vitest';
import { findPeople } from '@/utils/nlp/people';
import { hasNounShape } from '@/utils/nlp/people-lone-noun';

const people = (text: string) => findPeople(text).map((m) => m.text);

describe('common nouns after a speech verb (people-lone-noun.ts)', () => {
  it('knows the noun shapes مفعل، أفعال، افتعال، أفاعيل from the shapes of family names', () => {
    for (const w of ['المرصد', 'المكتب', 'الارقام', 'الائتلاف', 'الاجتماع', 'الاتفاق', 'الاستقبال', 'الاكاذيب']) expect(hasNounShape(w)).toBe(true);
    for (const w of ['الغامدي', 'الجاسر', 'الحرقان', 'المهنا', 'الاحمد']) expect(hasNounShape(w)).toBe(false);
  });

  it('takes no body or group alone after a speech verb for a person (وأفاد المرصد، وطالب الائتلاف)', () => {
    expect(people('وأفاد المرصد عن اشتباكات عنيفة في ريف المدينة.')).toEqual([]);
    expect(people('وطالب الائتلاف، خلال المسيرة، بإطلاق سراح المعتقلين.')).toEqual([]);
    expect(people('وأشارت الأرقام إلى أن عدد الزوار ارتفع.')).toEqual([]);
  });

  it('keeps a family name of that shape that the page gives after a given name, tagged or not', () => {
    const text = 'واستمع الضيوف إلى شرح من ريم الملحم عن الدار. وأضافت الملحم أن المبنى يتكون من أقسام.';
    expect(people(text)).toContain('الملحم');
    expect(people('وكشف الأصبحي أن المبنيين تعرضا للقصف.')).toEqual(['الأصبحي']);
  });

  it('takes no word the tagger called a work or an organisation alone after a speech verb for a person (ختم القرآن)', () => {
    expect(people('وحرصنا على حضور ختم القرآن في مكة، وتأثرنا كثيرا.')).toEqual([]);
  });
});
