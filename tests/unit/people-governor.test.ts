import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('the governorate after a governor noun in construct', () => {
  it('is a place, not a name, alone or run into the governor\'s name', () => {
    expect(peopleFromSpans('رعى محافظ بدر الأستاذ مبارك المورقي حفل الأهالي.', ['بدر', 'مبارك المورقي'])).toEqual(['مبارك المورقي']);
    expect(peopleFromSpans('وقدم التهنئة باسم أهالي محافظة بدر للقيادة.', ['بدر'])).toEqual([]);
    expect(peopleFromSpans('دشن محافظ حفرالباطن عبدالمحسن بن محمد العطيشان فعاليات المهرجان.', ['حفرالباطن عبدالمحسن بن محمد العطيشان'])).toEqual(['عبدالمحسن بن محمد العطيشان']);
    expect(peopleFromSpans('يفتتح محافظ خميس مشيط عبدالعزيز بن مشيط غدا المهرجان.', ['خميس مشيط عبدالعزيز بن مشيط'])).toEqual(['عبدالعزيز بن مشيط']);
  });

  it('leaves a name after the definite noun, in apposition, as it is', () => {
    expect(peopleFromSpans('وزار الوفد المحافظ نايف البكري في مكتبه.', ['نايف البكري'])).toEqual(['نايف البكري']);
    expect(peopleFromSpans('واستقبل المحافظ بدر الشمري الوفد.', ['بدر الشمري'])).toEqual(['بدر الشمري']);
  });
});
