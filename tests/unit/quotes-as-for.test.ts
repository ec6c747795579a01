import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-as-for: «…» after بالنسبة لـ and a person, with no speech word, is that person\'s view', () => {
  it('يتيح الإنترنت، بالنسبة للروائي والناقد سمير حلمي: «…»: the novelist, not the writer quoted before', () => {
    const text = 'ويرى الروائي كمال نصار أن «الرواية تتراجع». وفي زمن الهواتف، يتيح الإنترنت، بالنسبة للروائي والناقد سمير حلمي: «أن ينشر الكاتب نصوصه على المواقع الأدبية لضمان انتشار أوسع وقراء أكثر».';
    expect(quoteSpeakers(text, [['كمال نصار', 'p:كمال نصار'], ['سمير حلمي', 'p:سمير حلمي']])).toEqual(['كمال نصار', 'سمير حلمي']);
  });

  it('بالنسبة لسمير حلمي، يبقى الأهم أن «…»: the person right after ل', () => {
    const text = 'ويرى الروائي كمال نصار أن «الرواية تتراجع». لكن هل تغير شيء؟ بالنسبة لسمير حلمي، يبقى الأهم أن «القارئ ما زال يبحث عن قصة جيدة في كل مكان».';
    expect(quoteSpeakers(text, [['كمال نصار', 'p:كمال نصار'], ['سمير حلمي', 'p:سمير حلمي']])).toEqual(['كمال نصار', 'سمير حلمي']);
  });
});
