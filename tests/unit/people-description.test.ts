import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('isNisbaBeforeName: a nationality or a relation adjective before a name', () => {
  it('leaves a nisba with the article out of the name it describes', () => {
    expect(peopleFromSpans('كما عيّن السلطان الأرمني دوزيان مديرا لدار المسكوكات', ['الأرمني دوزيان'])).toEqual(['دوزيان']);
    expect(peopleFromSpans('ثم توجه للمدرب الأوروجوياني كارينو الذي تحدث معه', ['الأوروجوياني كارينو'])).toEqual(['كارينو']);
  });

  it('also after the conjunction, for the second of two people', () => {
    expect(peopleFromSpans('والإسباني ديفيد فيرير والكندي ميلوس راونيتش في المركز', ['ديفيد فيرير', 'والكندي ميلوس راونيتش'])).toEqual(['ديفيد فيرير', 'ميلوس راونيتش']);
  });

  it('keeps a surname before its verb, a phrase with an ordinal, and a family name written with ى', () => {
    expect(peopleFromSpans('عندما قرر العريني يهاجم خصومه', ['العريني يهاجم'])).toEqual(['العريني يهاجم']);
    expect(peopleFromSpans('لم يسلم الرمز النصراوي الأول من النقد', ['النصراوي الأول'])).toEqual(['النصراوي الأول']);
    expect(peopleFromSpans('وأكد أن الموسى بوشهري فنان صاحب خبرة', ['الموسى بوشهري'])).toEqual(['الموسى بوشهري']);
  });
});
