import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

/** The speakers of the quotations of `text`, with the person `name` marked as a mention. */
const speakers = (text: string, name: string): Array<string | null> => quoteSpeakers(text, [[name, `p:${name}`]]);

const filler = 'وتناول اللقاء ملفات كثيرة تخص المنطقة والتعاون بين البلدين في مجالات عدة. '.repeat(25);

describe('a definite trade noun is the person the page named with it (speakerOf)', () => {
  it.each([
    // الشيف سليم نصار … (far on) ويقول الشيف اللبناني: the chef the page named, not a new speaker.
    [`افتتح الشيف سليم نصار مطعمه الجديد في المدينة. ${filler}ويقول الشيف اللبناني: «المطبخ فن قبل أن يكون مهنة».`, 'سليم نصار', ['سليم نصار']],
    // The noun first written behind لل: للشاعر سامر الحلبي … ويضيف الشاعر.
    [`وقدمت الأمسية قصائد للشاعر سامر الحلبي أمام جمهور كبير. ${filler}ويضيف الشاعر: «القصيدة بيت لكل الناس».`, 'سامر الحلبي', ['سامر الحلبي']],
    // Not linked: the page named nobody with that noun (الطبيب after الشيف).
    [`افتتح الشيف سليم نصار مطعمه الجديد في المدينة. ${filler}ويقول الطبيب اللبناني: «المطبخ فن قبل أن يكون مهنة».`, 'سليم نصار', ['الطبيب اللبناني']],
  ])('case %#', (text, name, expected) => {
    expect(speakers(text, name)).toEqual(expected);
  });
});
