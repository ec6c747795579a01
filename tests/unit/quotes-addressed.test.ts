import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

describe('quotes-addressed: the subject after the pronoun of the one spoken to', () => {
  it('فقالت لي الجارة: the definite noun after لي speaks', () => {
    const text = 'عدت إلى البيت متأخرة في تلك الليلة الباردة. فقالت لي الجارة «لقد سأل عنك ساعي البريد مرتين».';
    expect(speakers(text)).toEqual(['الجارة']);
  });

  it('كانت تقول لنا والدتي: a kin noun with "my" speaks', () => {
    const text = 'كنا نلعب في الحديقة حتى المغرب. وكل يوم كانت تقول لنا والدتي «ادخلوا قبل أن يبرد العشاء».';
    expect(speakers(text)).toEqual(['والدتي']);
  });

  it('وقال لي كريم ناصر: a person named after لي speaks', () => {
    const text = 'زرت المصنع القديم في الصباح. وقال لي كريم ناصر «هنا بدأنا العمل قبل ثلاثين عاما».';
    expect(speakers(text, [['كريم ناصر', 'p:كريم ناصر']])).toEqual(['كريم ناصر']);
  });

  it('ذكر لنا كونها: what follows لنا that names nobody is no subject', () => {
    const text = 'التقينا المدرب سامي فؤاد بعد المباراة. وذكر لنا كونها مباراة صعبة، ثم قال «اللاعبون قدموا كل ما لديهم».';
    expect(speakers(text, [['سامي فؤاد', 'p:سامي فؤاد']])).toEqual(['سامي فؤاد']);
  });
});
