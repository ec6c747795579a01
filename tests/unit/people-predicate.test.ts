import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('people: a verb of the clause at the end or the start of a name', () => {
  it('trims a feminine perfect after the name (ظهرت، سارعت، أشادت)', () => {
    expect(peopleFromSpans('وقالت الصحيفة إن سلمى حداد ظهرت في الصورة', ['سلمى حداد ظهرت'])).toEqual(['سلمى حداد']);
    expect(peopleFromSpans('لكن منى الخطيب سارعت إلى الرد', ['منى الخطيب سارعت'])).toEqual(['منى الخطيب']);
    expect(peopleFromSpans('وفي المقابل، هدى صقر أشادت بالمبادرة', ['هدى صقر أشادت'])).toEqual(['هدى صقر']);
  });

  it('keeps a family name of the same letters that the lists know (مدحت) or a borrowed one (جوست)', () => {
    expect(peopleFromSpans('وقال أحمد مدحت إن الخطة جاهزة', ['أحمد مدحت'])).toEqual(['أحمد مدحت']);
    expect(peopleFromSpans('وقال فرانك جوست إن الخطة جاهزة', ['فرانك جوست'])).toEqual(['فرانك جوست']);
  });

  it('trims a derived imperfect before the name (تتساءل، يلتحق، ينافس)', () => {
    expect(peopleFromSpans('ثم تتساءل كارين ميلر: هل هذا صحيح؟', ['تتساءل كارين ميلر'])).toEqual(['كارين ميلر']);
    expect(peopleFromSpans('على أن يلتحق فرناندو مورا بالفريق', ['يلتحق فرناندو مورا'])).toEqual(['فرناندو مورا']);
    expect(peopleFromSpans('وهو ينافس جون سميث على المقعد', ['ينافس جون سميث'])).toEqual(['جون سميث']);
  });

  it('keeps a borrowed given name that opens with ي or ت (يانيس، تياجو)', () => {
    expect(peopleFromSpans('وقال يانيس فاروفاكيس إن الاتفاق صعب', ['يانيس فاروفاكيس'])).toEqual(['يانيس فاروفاكيس']);
    expect(peopleFromSpans('وسجل تياجو سيلفا هدفا', ['تياجو سيلفا'])).toEqual(['تياجو سيلفا']);
  });

  it('trims a first-person preposition (مني، بيني) or the particle أم after the name, not لي', () => {
    expect(peopleFromSpans('وطلب سمير كريم مني أن أبدأ', ['سمير كريم مني'])).toEqual(['سمير كريم']);
    expect(peopleFromSpans('هل عاد إلى سامية كمال أم أنه مع غيرها؟', ['سامية كمال أم'])).toEqual(['سامية كمال']);
    expect(peopleFromSpans('وقدم الممثل بروس لي عرضا', ['بروس لي'])).toEqual(['بروس لي']);
  });
});

describe('people: أن or إن with a pronoun after a name', () => {
  it('trims بأنه، لأنها after the name, with or without the hamza', () => {
    expect(peopleFromSpans('ووصف المحللون الرئيس سامي نادر بأنه رجل المرحلة', ['سامي نادر بأنه'])).toEqual(['سامي نادر']);
    expect(peopleFromSpans('وغابت ليلى حسن لانها مريضة', ['ليلى حسن لانها'])).toEqual(['ليلى حسن']);
  });
});
