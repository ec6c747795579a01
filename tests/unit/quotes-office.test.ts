import { describe, expect, it } from 'vitest';
import { holdsOffice, officeOf } from '@/utils/nlp/quotes-office';
import { quoteSpeakers } from './person-mentions';

describe('quotes-office: a role in construct names its office', () => {
  it.each([
    [['رئيس', 'حزب', 'الكرامة'], 'حزب'],
    [['متحدث', 'باسم', 'الجيش'], 'جيش'],
    [['وزير', 'الخارجية'], 'خارجية'],
    [['الرئيس', 'التركي'], null],
    [['رئيس'], null],
  ])('%j → %s', (words, office) => {
    expect(officeOf(words)).toBe(office);
  });

  it.each([
    [['مستشار', 'قانوني', 'للجيش'], 'جيش', true],
    [['رئيس', 'وزراء', 'اسرائيلي'], 'حكومة', true],
    [['رئيس', 'تركي'], 'حزب', false],
  ])('%j holds %s → %s', (roles, office, holds) => {
    expect(holdsOffice(new Set(roles), office)).toBe(holds);
  });

  it('رئيس حزب الكرامة is the party head named before, not the last الرئيس', () => {
    const text = 'والتقى رئيس حزب الكرامة سالم العبدلي بعدد من الناخبين. وفي القاهرة قال الرئيس المصري حسن المنصوري: «الانتخابات ستجري في موعدها المحدد». ويقول رئيس حزب الكرامة: «سنخوض الانتخابات بقائمة موحدة مع حلفائنا».';
    expect(quoteSpeakers(text, [['سالم العبدلي', 'p:سالم العبدلي'], ['حسن المنصوري', 'p:حسن المنصوري']])).toEqual(['حسن المنصوري', 'سالم العبدلي']);
  });

  it('رئيس مركز الدراسات with nobody given that office: the role itself, not the president', () => {
    const text = 'وقال الرئيس التركي كمال أوزتورك: «نحن في حداد على الضحايا». من جهته، قال رئيس مركز الدراسات الكردية لـ«الشرق الأوسط» إن المدينة «كان لها دور كبير في دعم المقاتلين».';
    expect(quoteSpeakers(text, [['كمال أوزتورك', 'p:كمال أوزتورك']])).toEqual(['كمال أوزتورك', 'رئيس مركز الدراسات الكردية']);
  });

  it('مستشار الجيش is the one given that office with للجيش, not another adviser', () => {
    const text = 'وكشف المستشار القانوني للجيش الليبي، صلاح عبد الكريم، عن رصد رتل عسكري. وفي طرابلس التقى الوفد مستشار الرئيس للشؤون الأمنية نوري الطاهر. وقال مستشار الجيش الليبي: «رتل محمل بالأسلحة بدأ يتحرك منذ الفجر».';
    expect(quoteSpeakers(text, [['صلاح عبد الكريم', 'p:صلاح عبد الكريم'], ['نوري الطاهر', 'p:نوري الطاهر']])).toEqual(['صلاح عبد الكريم']);
  });
});
