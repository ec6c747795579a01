import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';
import { roleBearer } from '@/utils/nlp/quotes-role-bearer';
import type { PersonIndex } from '@/utils/nlp/quotes-person-index';

const personsOf = (text: string): PersonIndex => ({ mentions: analyse(text).entities.filter((e) => e.type === 'person'), roles: () => new Set() });

const quotes = (text: string) => analyse(text).quotes.map((q) => [q.speaker, q.speakerEntity]);

describe('quotes-role-bearer: a role phrase stands for the one person the page gives that role', () => {
  it('a role given before, with more words than the phrase repeats', () => {
    const text = 'وقع ماهر بن صالح جمال رئيس مجلس إدارة الغرفة التجارية الصناعية في مكة المكرمة اتفاقية جديدة. '
      + 'وحضر التوقيع هشام بن محمد كعكي رئيس مجلس إدارة مراكز مكة المكرمة. '
      + 'وأضاف رئيس غرفة مكة في المؤتمر الصحفي: «كان للمجموعة السبق في ذلك».';
    expect(quotes(text)).toEqual([['ماهر بن صالح جمال', 'p:ماهر بن صالح جمال']]);
  });

  it('a role given after the quotation, several words before the name', () => {
    const text = 'وقال حاكم إقليم سيبيتوكي: «هناك نحو مائة مسلح في قبضة قوات الجيش». '
      + 'وكان حاكم ولاية سيبيتوكي، الواقع على الحدود مع رواندا، أنسيلمي نسابيمانا قد أعلن اعتقال عشرات المسلحين.';
    expect(quotes(text)).toEqual([['أنسيلمي نسابيمانا', 'p:انسيلمي نسابيمانا']]);
  });

  it('two people given the role as closely leave the phrase as it is', () => {
    const text = 'التقى رئيس غرفة الرياض عجلان العجلان مع رئيس غرفة جدة زياد البسام أمس. وقال رئيس الغرفة التجارية';
    const at = text.indexOf('رئيس الغرفة');
    const s = { speaker: 'رئيس الغرفة التجارية', entity: null, start: at, end: text.length };
    expect(roleBearer(text, personsOf(text), s)).toBeNull();
    // (one of them given the role in more of the phrase's words is the one)
    const more = text.replace('غرفة جدة', 'الغرفة التجارية في جدة');
    expect(roleBearer(more, personsOf(more), { ...s, start: more.lastIndexOf('رئيس الغرفة التجارية'), end: more.length })?.speaker).toBe('زياد البسام');
  });

  it('a name inside the phrase is not the one it names', () => {
    const text = 'انتقد الأمير بندر الاتفاق، ما دعا مستشار مكتب الرئيس أوباما إلى الرد بأن «الرسالة مثيرة جدا».';
    expect(quotes(text).map(([, e]) => e)).not.toContain('p:اوباما');
  });
});
