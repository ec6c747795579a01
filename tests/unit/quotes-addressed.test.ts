import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

describe('quotes-addressed: the subject after the pronoun of the one spoken to', () => {
  it('فقالت لي الجارة: the definite noun after لي speaks', () => {
    const text = 'عدت إلى البيت متأخرة في تلك الليلة الباردة. فقالت لي الجارة «لقد سأل عنك ساعي البريد مرتين».';
    expect(quoteSpeakers(text)).toEqual(['الجارة']);
  });

  it('كانت تقول لنا والدتي: a kin noun with "my" speaks', () => {
    const text = 'كنا نلعب في الحديقة حتى المغرب. وكل يوم كانت تقول لنا والدتي «ادخلوا قبل أن يبرد العشاء».';
    expect(quoteSpeakers(text)).toEqual(['والدتي']);
  });

  it('وقال لي كريم ناصر: a person named after لي speaks', () => {
    const text = 'زرت المصنع القديم في الصباح. وقال لي كريم ناصر «هنا بدأنا العمل قبل ثلاثين عاما».';
    expect(quoteSpeakers(text, [['كريم ناصر', 'p:كريم ناصر']])).toEqual(['كريم ناصر']);
  });

  it('ذكر لنا كونها: what follows لنا that names nobody is no subject', () => {
    const text = 'التقينا المدرب سامي فؤاد بعد المباراة. وذكر لنا كونها مباراة صعبة، ثم قال «اللاعبون قدموا كل ما لديهم».';
    expect(quoteSpeakers(text, [['سامي فؤاد', 'p:سامي فؤاد']])).toEqual(['سامي فؤاد']);
  });
});
