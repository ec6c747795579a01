import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('namesProduct: a brand after a vehicle noun is no person', () => {
  it('drops an unknown name after سيارة, and the same word elsewhere on the page', () => {
    const text = 'اشترى الرجل سيارة زنفورتي حمراء، ثم أعلنت زنفورتي طرازا جديدا';
    expect(peopleFromSpans(text, ['زنفورتي', 'زنفورتي'])).toEqual([]);
  });

  it('drops the name of a ship after السفينة', () => {
    const text = 'رست السفينة كلوبار ميرس في الميناء أمس';
    expect(peopleFromSpans(text, ['كلوبار ميرس'])).toEqual([]);
  });

  it('keeps a known given name after سيارة: the owner', () => {
    const text = 'انقلبت سيارة زياد على الطريق';
    expect(peopleFromSpans(text, ['زياد'])).toEqual(['زياد']);
  });
});
