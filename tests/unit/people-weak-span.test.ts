import { describe, expect, it } from 'vitest';
import type { NamedSpan, NamedSpanType } from '@/utils/nlp/ner';
import { findPeople } from '@/utils/nlp/people';
import { tokenize } from '@/utils/nlp/tokenize';
import { mentionsFromTypedSpans } from './person-mentions';

const found = (text: string, spans: Array<[string, NamedSpanType]>, confidence: number) => mentionsFromTypedSpans(text, spans, confidence).map((m) => m.text);

describe('a doubted organisation or place after a definite person cue', () => {
  it.each([
    // A profession with the article, two words.
    ['ووقع الاختيار على المغنية دورينا فالستوك لتقديم الحفل', [['دورينا فالستوك', 'ORG']]],
    // A title with the article, one word the page tags nowhere else.
    ['وكما قال المطران بيلوريان، فإن الكنيسة باقية', [['بيلوريان', 'LOC']]],
    // A nationality adjective with the article, behind a preposition.
    ['وأهدى المعرض لوحة للرسام النمساوي كلوستراند إلى المدينة', [['كلوستراند', 'ORG']]],
  ] as Array<[string, Array<[string, NamedSpanType]>]>)('%s', (text, spans) => {
    expect(found(text, spans, 0.4)).toEqual([spans[0]![0]]);
  });
  it.each([
    // A head noun in construct, no article: the organisation it heads.
    ['والتقى رئيس حزب الأمة في الرياض', [['حزب الأمة', 'ORG']]],
    // An adjective with the article after the cue describes it.
    ['وقال اللاعب الكولومبي إنه سعيد', [['الكولومبي', 'ORG']]],
  ] as Array<[string, Array<[string, NamedSpanType]>]>)('%s', (text, spans) => {
    expect(found(text, spans, 0.4)).toEqual([]);
  });
  it('keeps a confident organisation reading', () => {
    expect(found('ووقع الاختيار على المغنية دورينا فالستوك لتقديم الحفل', [['دورينا فالستوك', 'ORG']], 0.9)).toEqual([]);
  });
});

describe('a span of several words the tagger scarcely believes', () => {
  const text = 'وقال مدير الشرطة في المقاطعة فالدو كارمينوس إن الحادث عرضي. وأضاف كارمينوس أن التحقيق مستمر.';
  const spanAt = (surface: string, type: NamedSpanType, confidence: number, from = 0): NamedSpan => {
    const tokens = tokenize(text);
    const start = text.indexOf(surface, from), end = start + surface.length;
    return { start, end, text: surface, type, confidence, tokenStart: tokens.findIndex((t) => t.start >= start), tokenEnd: tokens.findIndex((t) => t.start >= end) };
  };
  const found = (orgConfidence: number) => findPeople(text, tokenize(text), [
    spanAt('المقاطعة فالدو كارمينوس', 'ORG', orgConfidence),
    spanAt('كارمينوس', 'PERS', 0.99, text.indexOf('وأضاف')),
  ]).map((m) => text.slice(m.start, m.end));

  it('leaves its words to a confident name of the page', () => {
    expect(found(0.15)).toEqual(['كارمينوس', 'كارمينوس']);
  });
  it('shields them when the tagger believes it more', () => {
    expect(found(0.5)).toEqual(['كارمينوس']);
  });
});
