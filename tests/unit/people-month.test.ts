import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('people-month: a Hijri month that is also a given name', () => {
  it('drops رمضان after شهر or a word of time, or before its epithets, and the epithet or the time word left alone', () => {
    expect(peopleFromSpans('تقدم الشركة عروضا خلال شهر رمضان الكريم لمشتركيها.', ['رمضان الكريم'])).toEqual([]);
    expect(peopleFromSpans('وتكثر الزيارات في ليالي رمضان عادة.', ['رمضان'])).toEqual([]);
    expect(peopleFromSpans('وتشتد الحركة في ليل رمضان عادة.', ['ليل رمضان'])).toEqual([]);
    expect(peopleFromSpans('وهنأ الجميع بحلول رمضان المبارك أمس.', ['رمضان المبارك'])).toEqual([]);
    expect(peopleFromSpans('التي تصبح في هذا الشهر الكريم هي الأبرز.', ['الكريم'])).toEqual([]);
  });

  it('keeps a person named رمضان, and شعبان or رجب but after شهر', () => {
    expect(peopleFromSpans('وقال رمضان قاديروف إن الوضع مستقر.', ['رمضان قاديروف'])).toEqual(['رمضان قاديروف']);
    expect(peopleFromSpans('ولعب محمد رمضان دور البطولة.', ['محمد رمضان'])).toEqual(['محمد رمضان']);
    expect(peopleFromSpans('وقال رجب طيب أردوغان في شعبان الماضي إن', ['رجب طيب أردوغان'])).toEqual(['رجب طيب أردوغان']);
    expect(peopleFromSpans('ويبدأ الموسم في شهر شعبان من كل عام.', ['شعبان'])).toEqual([]);
  });
});
