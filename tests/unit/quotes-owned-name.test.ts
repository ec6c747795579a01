import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';

const speakers = (text: string): Array<string | null> => analyse(text).quotes.map((q) => q.speaker);

describe('quotes-owned-name: a name that owns the body or family speaking is not the speaker', () => {
  it('a family named after its member', () => {
    const text = 'توفي الطالب يوسف عبد الكريم في حادث سير. وقالت عائلة عبد الكريم في بيان إن «الخسارة كبيرة ولا تعوض».';
    expect(speakers(text)).toEqual(['عائلة عبد الكريم']);
  });

  it('a spokesman for an office named after a president', () => {
    const text = 'استقبل الرئيس جورج هاريسون الوفد أمس. وقال مستشار مكتب الرئيس هاريسون إن «اللقاء كان مثمرا جدا».';
    expect(speakers(text)).toEqual(['مستشار مكتب الرئيس هاريسون']);
  });

  it('a lawyer named by the client they act for', () => {
    const text = 'واعتقلت الشرطة الشابة ميليسا في بروكسل. ونقلت الصحيفة عن محامي ميليسا قوله، إن «السيدة تعيش وحدها مع طفلها الصغير».';
    expect(speakers(text)).toEqual(['محامي ميليسا']);
    // (with the article it is the lawyer's own title: المحامي خالد علي)
    expect(speakers('وقال المحامي خالد علي: «موكلي بريء من كل التهم الموجهة إليه».')).toEqual(['خالد علي']);
  });

  it('a name after a role of its own still speaks', () => {
    const text = 'وقال المتحدث باسم الوزارة جون كيربي إن «الهجمات كانت منسقة».';
    expect(speakers(text)).toEqual(['جون كيربي']);
  });

  it('a relative named by the person they are kin to', () => {
    const text = 'استشهد الجندي طارق الشحي في اليمن. وأضافت والدة الشهيد الشحي: «أبشرك بأن دماء شهدائنا لن تذهب سدى».';
    expect(speakers(text)).toEqual(['والدة الشهيد الشحي']);
    const uncle = 'توفي الشاب نايف بعد مرض. وقال عوضة الضورة عمّ نايف لـ"سبق": "تعرض نايف لانتكاس مفاجئ في صحته".';
    expect(analyse(uncle).quotes.map((q) => q.speakerEntity)).not.toContain('p:نايف');
  });
});
