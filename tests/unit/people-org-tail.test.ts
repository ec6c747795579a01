import { describe, expect, it } from 'vitest';
import { findPeople } from '@/utils/nlp/people';
import { tokenize } from '@/utils/nlp/tokenize';
import type { NamedSpan } from '@/utils/nlp/ner';

const names = (text: string) => findPeople(text).map((m) => m.text);

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

  it('finds a joined theophoric given name after a body with an unlisted place in its name', () => {
    expect(afterOrgSpan('وأشاد رئيس جمعية قرطاو الخيرية عبدالرؤوف الدحيلان بجهود المتطوعين', 'قرطاو الخيرية عبدالرؤوف')).toEqual(['عبدالرؤوف الدحيلان']);
  });
});
