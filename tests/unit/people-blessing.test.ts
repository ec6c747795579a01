import { describe, expect, it } from 'vitest';
import { mentionsFromTypedSpans, peopleFromSpans } from './person-mentions';

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

const found = (text: string, span: string, type: 'ORG' | 'LOC' | 'MISC') => mentionsFromTypedSpans(text, [[span, type, 0.98]]).map((m) => m.text);

describe('isBlessedBefore: a name the page blesses', () => {
  it('is a person even where the tagger read a body or a place, marks between allowed', () => {
    expect(found('وتستمد أهميتها من الفترة التي عاشها الملك فيصل -رحمه الله - بالإضافة إلى صور نادرة.', 'الملك فيصل', 'ORG')).toEqual(['فيصل']);
    expect(found('شارك العرب الحظر النفطي الذي قاده الملك فيصل (يرحمه الله) ضد الغرب.', 'الملك فيصل', 'LOC')).toEqual(['فيصل']);
  });

  it('is nothing more without the blessing, nor where the name is an institution\'s', () => {
    expect(found('وقاد الملك فيصل الحظر النفطي ضد الغرب.', 'الملك فيصل', 'ORG')).toEqual([]);
    expect(found('وأجرى الفريق تدريباته على ملعب الأمير عبدالرحمن بن سعود (يرحمه الله) مساء أمس.', 'الأمير عبدالرحمن بن سعود', 'ORG')).toEqual([]);
    expect(found('وقال: إن الحج ركن من أركان الإسلام، لا إله إلا الله.', 'الإسلام', 'MISC')).toEqual([]);
  });
});
