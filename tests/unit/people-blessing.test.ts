import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('isBlessingAfterName: a blessing before الله ends the name', () => {
  it('trims حفظه before الله', () => {
    const text = 'افتتح الملك سلمان بن عبدالعزيز حفظه الله المشروع الجديد';
    expect(peopleFromSpans(text, ['سلمان بن عبدالعزيز حفظه'])).toEqual(['سلمان بن عبدالعزيز']);
  });

  it('trims صلى before الله عليه وسلم', () => {
    const text = 'قال النبي محمد صلى الله عليه وسلم في الحديث';
    expect(peopleFromSpans(text, ['محمد صلى'])).toEqual(['محمد']);
  });

  it('keeps a compound name with الله', () => {
    const text = 'وقال حسن نصر الله في خطابه';
    expect(peopleFromSpans(text, ['حسن نصر الله'])).toEqual(['حسن نصر الله']);
  });
});
