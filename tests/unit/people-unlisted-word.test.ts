import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('dropUnlistedLoneWords: a lone unlisted word the tagger scarcely believes', () => {
  it('drops a common word or a brand tagged once, below the bar', () => {
    expect(peopleFromSpans('شهد سوق العقار ركودا طويلا هذا العام', ['ركودا'], 0.55)).toEqual([]);
    expect(peopleFromSpans('اشترى هاتفا يعمل بنظام أندرويد الجديد', ['أندرويد'], 0.55)).toEqual([]);
  });

  it('keeps a listed name, a repeated word and a confident tag', () => {
    expect(peopleFromSpans('فقالت سامية إنها ستعود غدا', ['سامية'], 0.55)).toEqual(['سامية']);
    expect(peopleFromSpans('وكان هاشوغو قد تولى الإدارة، ثم استقال هاشوغو بعد عام', ['هاشوغو', 'هاشوغو'], 0.55)).toEqual(['هاشوغو', 'هاشوغو']);
    expect(peopleFromSpans('وكان هاشوغو قد تولى إدارة الشركة', ['هاشوغو'], 0.7)).toEqual(['هاشوغو']);
  });

  it('keeps a word a title announces', () => {
    expect(peopleFromSpans('وقال الرئيس التنفيذي هاشوغو إن الشركة ستنمو', ['هاشوغو'], 0.55)).toEqual(['هاشوغو']);
  });
});

describe('dropUnlistedLoneWords: words with a name of their own', () => {
  it('keeps a word after a nationality or with a Slavic family name ending', () => {
    expect(peopleFromSpans('في صفقة انتقال البرازيلي نيماروس من ناديه', ['نيماروس'], 0.55)).toEqual(['نيماروس']);
    expect(peopleFromSpans('ونختم بقول الباحث كراتشكوفسكي في كتابه', ['كراتشكوفسكي'], 0.55)).toEqual(['كراتشكوفسكي']);
    expect(peopleFromSpans('للقضاء على ميلانوفيتش وحكومته', ['ميلانوفيتش'], 0.55)).toEqual(['ميلانوفيتش']);
  });
});
