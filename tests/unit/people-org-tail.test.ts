import { describe, expect, it } from 'vitest';
import { findPeople } from '@/utils/nlp/people';
import { tokenize } from '@/utils/nlp/tokenize';
import type { NamedSpan } from '@/utils/nlp/ner';
import { mentionsFromTypedSpans, personTexts as names } from './person-mentions';

describe('a person at the end of a body\'s name', () => {
  it('finds the holder of a role named right after the body', () => {
    expect(names('وحضر التوقيع نائب رئيس النادي فيصل أبا الخيل في مطار الملك خالد')).toContain('فيصل أبا الخيل');
    expect(names('وأكد زعيم الحزب فيليب ديونتر أن الحملة مستمرة')).toContain('فيليب ديونتر');
  });

  it('leaves an institution named after a patron alone', () => {
    expect(names('وزار المرضى في مستشفى الملك فهد المركزي بجازان')).toEqual([]);
  });
});

describe('a person at the end of a body\'s name the role reads past', () => {
  /** findPeople with one ORG span over `org` in `text`. */
  const afterOrgSpan = (text: string, org: string) => {
    const tokens = tokenize(text), start = text.indexOf(org), end = start + org.length;
    const tokenStart = tokens.findIndex((t) => t.start >= start), tokenEnd = tokens.findIndex((t) => t.start >= end);
    const span: NamedSpan = { start, end, text: org, type: 'ORG', confidence: 0.6, tokenStart, tokenEnd: tokenEnd < 0 ? tokens.length : tokenEnd };
    return findPeople(text, tokens, [span]).map((m) => m.text);
  };

  it('finds a known person\'s full name at the end of the body with no role the reading reaches, a surname shaped as a plural included', () => {
    expect(afterOrgSpan('وقالت مفوضة الشؤون الخارجية في الاتحاد الأوروبي كاترين أشتون إن المحادثات جرت', 'الاتحاد الأوروبي كاترين أشتون')).toEqual(['كاترين أشتون']);
  });

  it('finds a listed given name the corpora never show at the end of the body when a role reaches the body through في', () => {
    expect(afterOrgSpan('وقال مفوض الطاقة في الاتحاد الأوروبي أندريس بيبالغس إن المؤتمر يهدف إلى حشد الدعم', 'الاتحاد الأوروبي أندريس بيبالغس')).toEqual(['أندريس بيبالغس']);
    // No role before the body: the tagger's reading stands.
    expect(afterOrgSpan('وأعلن الاتحاد الأوروبي أندريس بيبالغس إن المؤتمر يهدف إلى حشد الدعم', 'الاتحاد الأوروبي أندريس بيبالغس')).toEqual([]);
  });

  it('finds a joined theophoric given name after a body with an unlisted place in its name', () => {
    expect(afterOrgSpan('وأشاد رئيس جمعية قرطاو الخيرية عبدالرؤوف الدحيلان بجهود المتطوعين', 'قرطاو الخيرية عبدالرؤوف')).toEqual(['عبدالرؤوف الدحيلان']);
  });
});

describe('a known person the tagger doubtfully called a body', () => {
  /** The people found when the tagger gives بوش as a person at 0.9 and the other spans at `confidence`. */
  const typed = (text: string, spans: Array<[string, NamedSpan['type']]>, confidence: number) =>
    mentionsFromTypedSpans(text, spans.map(([name, type]): [string, NamedSpan['type'], number] => [name, type, name === 'بوش' ? 0.9 : confidence])).map((m) => m.text);
  const text = 'وهي الانتكاسات التي ألحقها بوش الصغير وأوباما بالسياسة الأمريكية.';

  it('reads a known surname the tagger called a body or another name, doubtfully, as the person', () => {
    expect(typed(text, [['بوش', 'PERS'], ['أوباما', 'ORG']], 0.48)).toEqual(['بوش', 'أوباما']);
    expect(typed(text, [['بوش', 'PERS'], ['أوباما', 'MISC']], 0.48)).toEqual(['بوش', 'أوباما']);
  });

  it('leaves it a body when the tagger was sure, a place when it said so, and a word after في or قرب', () => {
    expect(typed(text, [['بوش', 'PERS'], ['أوباما', 'ORG']], 0.7)).toEqual(['بوش']);
    expect(typed(text, [['بوش', 'PERS'], ['أوباما', 'LOC']], 0.48)).toEqual(['بوش']);
    expect(typed('وقال المهاجم إنه باق في أوباما هذا الموسم.', [['أوباما', 'ORG']], 0.48)).toEqual([]);
    expect(typed('وزار الوفد مدينة «أوباما» اليابانية.', [['أوباما', 'ORG']], 0.48)).toEqual([]);
  });

  it('never reads a word no list gives as a known person\'s surname, or one with the article', () => {
    expect(typed('وقال إن ما يعرف بثورات الربيع العربي انتهى.', [['العربي', 'ORG']], 0.48)).toEqual([]);
    expect(typed('وقال إن شركة سامسونغ تنافس بقوة.', [['سامسونغ', 'ORG']], 0.48)).toEqual([]);
  });
});
