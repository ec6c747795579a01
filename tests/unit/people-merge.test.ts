import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('joinSplitNames: one name given as two spans side by side', () => {
  it('joins a lone given name and the one-word family name right after it', () => {
    expect(peopleFromSpans('وفي اليوم التالي دخل زكي طليمات الفصل وبدأ الدرس', ['زكي', 'طليمات'])).toEqual(['زكي طليمات']);
  });

  it('joins a name and the nasab that goes on with it', () => {
    expect(peopleFromSpans('في عهد الخليفة الأموي عبد الملك بن مروان عام 702', ['عبد الملك', 'بن مروان'])).toEqual(['عبد الملك بن مروان']);
  });

  it('joins a name that ends in a connector and the word it asks for', () => {
    expect(peopleFromSpans('وبتوجيه من الأمير مشعل بن ماجد محافظ جدة', ['مشعل بن', 'ماجد'])).toEqual(['مشعل بن ماجد']);
  });

  it('keeps apart a name and a relation after it (ابن عم)', () => {
    expect(peopleFromSpans('وحضر سامي النعمي ابن عم اللاعب الحفل', ['سامي النعمي', 'ابن عم'])).toEqual(['سامي النعمي', 'ابن عم']);
  });

  it('joins a foreign name with a middle initial and its full stop to the surname after it', () => {
    expect(peopleFromSpans('وقالت لورا إيه. كولانجيلو، من كلية الطب، إن النتائج', ['لورا إيه', 'كولانجيلو'])).toEqual(['لورا إيه. كولانجيلو']);
    expect(peopleFromSpans('حيث يقول ستيفن ج. هينتغس إن', ['ستيفن ج', 'هينتغس'])).toEqual(['ستيفن ج. هينتغس']);
  });

  it('keeps apart a name at the end of a sentence and the next one', () => {
    expect(peopleFromSpans('جدد النادي عقد ماركو رويس. رويس لاعب مهم', ['ماركو رويس', 'رويس'])).toEqual(['ماركو رويس', 'رويس']);
  });

  it('keeps apart two surnames side by side, subject and object', () => {
    expect(peopleFromSpans('وفي النهائي هزم نادال فيدرر في ثلاث مجموعات', ['نادال', 'فيدرر'])).toEqual(['نادال', 'فيدرر']);
  });

  it('keeps apart two names with a comma between them', () => {
    expect(peopleFromSpans('حضر الحفل زكي، طليمات وغيرهما', ['زكي', 'طليمات'])).toEqual(['زكي', 'طليمات']);
  });
});
