import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('namesProduct: hormones and enzymes, and a head noun read alone as a name', () => {
  it('drops a hormone named after its head noun, and the head alone', () => {
    const text = 'يرتفع هرمون الحليب عند بعض النساء، ويؤدي ارتفاع هرمون إلى اضطرابات، كما قال الطبيب سامي الحربي';
    expect(peopleFromSpans(text, ['هرمون الحليب', 'هرمون', 'سامي الحربي'])).toEqual(['سامي الحربي']);
  });

  it('drops an enzyme after its head noun', () => {
    const text = 'يفرز الجسم إنزيم لاكتيز لهضم الحليب';
    expect(peopleFromSpans(text, ['لاكتيز'])).toEqual([]);
  });

  it('keeps a person whose name follows another noun', () => {
    const text = 'أوضح أستاذ الغدد هشام الزهراني أن العلاج متاح';
    expect(peopleFromSpans(text, ['هشام الزهراني'])).toEqual(['هشام الزهراني']);
  });
});

describe('namesProduct: a publication after its head noun', () => {
  it('drops a magazine named like a person, also behind a parenthesis', () => {
    const text = 'نشرت مجلة ماري لويز تحقيقا، وكتب عنها في صحيفة (جان دوبوا) الناقد سامي الحربي';
    expect(peopleFromSpans(text, ['ماري لويز', 'جان دوبوا', 'سامي الحربي'])).toEqual(['سامي الحربي']);
  });
});
