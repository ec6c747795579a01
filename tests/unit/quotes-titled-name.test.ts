import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn } from './person-mentions';

/** The speakers of the quotations of `text`, with person mentions for [surface, entity] pairs. */
function speakers(text: string, people: Array<[string, string]>): Array<string | null> {
  return detectQuotes(text, people.filter(([n]) => text.includes(n)).map(([name, entity]) => personIn(text, name, entity))).map((q) => q.speaker);
}

const PEOPLE: Array<[string, string]> = [['نيللي كريم', 'p:نيللي كريم'], ['فاتن حمامة', 'p:فاتن حمامة'], ['ماجد الكدواني', 'p:ماجد الكدواني'], ['كيري', 'p:كيري']];

describe('quotes-titled-name: a name in marks after the subject\'s name is not who speaks', () => {
  it.each([
    ['رفضت النجمة المصرية نيللي كريم لقب "خليفة فاتن حمامة" الذي أطلقه عليها بعض الصحفيين، مشيرة إلى أنها ترفضه لأنه "لم ولن تأتي ممثلة مثل فاتن حمامة أبدا".', 'نيللي كريم'],
    ['ورفض الممثل ماجد الكدواني لقب "تلميذ فاتن حمامة"، مضيفا أن "هذا شرف كبير لي ولكل من عمل معها".', 'ماجد الكدواني'],
    // (negative rows: a name in marks that is the subject itself, or that comes first)
    ['وقال "كيري": "لا نريد حربا جديدة في المنطقة".', 'كيري'],
    ['وقالت "فاتن حمامة" في حوار قديم: "السينما كانت حياتي كلها ولا أندم على شيء".', 'فاتن حمامة'],
  ])('%s', (text, speaker) => {
    expect(speakers(text, PEOPLE).at(-1)).toBe(speaker);
  });
});
