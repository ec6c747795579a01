import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('family name after given names only', () => {
  it.each([
    // A tribal name with the article after a given name and the father's.
    ['وأوضح المتحدث باسم الهيئة سعد نايف الخيالي أن الفرق باشرت البلاغ', ['سعد نايف'], ['سعد نايف الخيالي']],
    ['وقال محمد عبدالعزيز محمد الشهيلي إن المشروع اكتمل', ['محمد عبدالعزيز محمد'], ['محمد عبدالعزيز محمد الشهيلي']],
    // A father's name the lists lack before a tribe's nisba.
    ['وأوضح المتحدث باسم الهيئة سعد مطرقي الشمراني أن الفرق باشرت البلاغ', ['سعد مطرقي'], ['سعد مطرقي الشمراني']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // An elative or a participle after the name is no family name.
    ['وليس هذا فيلم سعد نايف الأفضل بين أعماله', ['سعد نايف'], ['سعد نايف']],
    ['واستبعد المدرب سعد نايف المعار إلى فريق آخر', ['سعد نايف'], ['سعد نايف']],
    // After a foreign name an unlisted word with the article is an adjective.
    ['ووجه جيب بوش الشكر لنجله الأصغر', ['جيب بوش'], ['جيب بوش']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
