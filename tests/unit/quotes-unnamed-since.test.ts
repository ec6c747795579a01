import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';

const speakers = (text: string): Array<string | null> => analyse(text).quotes.map((q) => q.speaker);

describe('quotes-unnamed-since: a bare المسؤول goes back to the unnamed source brought in since', () => {
  it('a new unnamed source after the named one', () => {
    const text = 'وزار الوزير جون هاملتون، وهو أول مسؤول بريطاني يزور المدينة، الميناء أمس. وقال هاملتون للصحافيين: «الزيارة مهمة». '
      + 'وقال مسؤول تجاري رفيع إن الصادرات ستزيد. وقال المسؤول: «لدينا خطة واضحة للعام المقبل».';
    expect(speakers(text)).toEqual(['جون هاملتون', 'مسؤول تجاري رفيع']);
  });

  it('without a new source the role still links to the named person', () => {
    const text = 'وزار الوزير جون هاملتون، وهو أول مسؤول بريطاني يزور المدينة، الميناء أمس. وقال هاملتون للصحافيين: «الزيارة مهمة». '
      + 'وتحدث عن الصادرات. وقال المسؤول: «لدينا خطة واضحة للعام المقبل».';
    expect(speakers(text)[1]).toBe('جون هاملتون');
  });
});
