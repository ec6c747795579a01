import { describe, expect, it } from 'vitest';
import { personTexts as names } from './person-mentions';

describe("nameAfterFigure: a name right after an artist's or a public figure's noun", () => {
  it('takes a listed given name after the noun, a nationality adjective between them or not', () => {
    expect(names('قدمت شخصيتي الفنانة أحلام والفنان راغب علامة بعد ذلك')).toContain('أحلام');
    expect(names('وكان لحضور النجمة المصرية يسرا والكويتية سعاد عبدالله طابع خاص')).toContain('يسرا');
  });

  it('takes the family name no list knows after the given name', () => {
    expect(names('عبر حنجرة المطربة أسماء لمنور وبتوقيع الملحن عصام كمال')).toContain('أسماء لمنور');
  });

  it('leaves a common word, a time word or a phrase after the noun', () => {
    expect(names('وصول الفنان صباح الأربعاء إلى المطار')).toEqual([]);
    expect(names('وشكر الفنانة على مشاركتها في الحفل')).toEqual([]);
    expect(names('وقال الفنان إن العمل جاهز')).toEqual([]);
  });
});

describe("nameAfterFigure: a name after an ordinary person's noun", () => {
  it('takes a given name no list knows when a listed family name follows it', () => {
    expect(names('ولفت المواطن عائض الحربي إلى أن الجميع كانوا في المكان')).toContain('عائض الحربي');
  });

  it('leaves a lone word after the noun', () => {
    expect(names('ولفت المواطن عائض إلى أن الجميع كانوا في المكان')).toEqual([]);
  });
});
