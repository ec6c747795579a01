import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('isHonorificWithClitic: an honorific of address behind و or ل', () => {
  it('leaves the honorific out of the name before it', () => {
    const text = 'ورفع المدير التهنئة للأمير فيصل بن خالد ولسمو نائبه بمناسبة العيد';
    expect(peopleFromSpans(text, ['فيصل بن خالد ولسمو'])).toEqual(['فيصل بن خالد']);
  });

  it('drops a lone honorific read as a name', () => {
    const text = 'وقدم الوفد شكره للملك سلمان ولمعالي وزير الداخلية على حسن الاستقبال';
    expect(peopleFromSpans(text, ['سلمان', 'ولمعالي'])).toEqual(['سلمان']);
  });
});
