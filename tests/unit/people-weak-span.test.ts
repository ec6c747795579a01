import { describe, expect, it } from 'vitest';
import type { NamedSpan, NamedSpanType } from '@/utils/nlp/ner';
import { findPeople } from '@/utils/nlp/people';
import { isPersonDemonym } from '@/utils/nlp/people-demonym';
import type { Draft } from '@/utils/nlp/people-link';
import { addWeakSpansAfterCue } from '@/utils/nlp/people-weak-span';
import { tokenize } from '@/utils/nlp/tokenize';
import { boundsContextOf, mentionsFromTypedSpans } from './person-mentions';

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
  it('gives way at a higher confidence to a nationality adjective that a clitic makes a noun (والبرتغالي)', () => {
    const text = 'وسجل الأول لامبارد، والبرتغالي تياغو في الدقيقة 55';
    expect(found(text, [['تياغو', 'ORG']], 0.73)).toEqual(['تياغو']);
    expect(found(text, [['تياغو', 'ORG']], 0.9)).toEqual([]);
    // With the article alone the adjective may describe the noun before it: the usual bar.
    expect(found('وأهدى المعرض لوحة الرسام النمساوي كلوستراند إلى المدينة', [['كلوستراند', 'ORG']], 0.73)).toEqual([]);
  });
});

describe('a person span the tagger doubted after a nationality adjective or a definite title', () => {
  const after = '. ووصل وكيل أعمال فيدال إلى ميونيخ لمناقشة البنود';
  it('is vouched for by the cue, so its surname is found again on the page', () => {
    expect(found(`وافق على انتقال نجمه التشيلي أرتورو فيدال إلى بايرن${after}`, [['أرتورو فيدال', 'PERS']], 0.42)).toEqual(['أرتورو فيدال', 'فيدال']);
  });
  it('without the cue, stays as doubted as the tagger left it', () => {
    expect(found(`وافق على انتقال أرتورو فيدال إلى بايرن${after}`, [['أرتورو فيدال', 'PERS']], 0.42)).toEqual(['أرتورو فيدال']);
  });
  it('is not vouched for when its last word is a place, nor when the page gives its given name another family name', () => {
    expect(found('وعندما استرد الملك عبدالعزيز الاحساء أعاد بناء العين. وكان الأتراك قد سيطروا على الاحساء', [['عبدالعزيز الاحساء', 'PERS']], 0.42)).toEqual(['عبدالعزيز الاحساء']);
    const page = 'وحلت الفنانة هيفاء وهبي ضيفة على البرنامج. ووصلت للفنانة هيفاء تغريدة من أصالة. ونشرت تغريدة أخرى';
    const tokens = tokenize(page), at = (s: string): NamedSpan => {
      const start = page.indexOf(s), end = start + s.length;
      return { start, end, text: s, type: 'PERS', confidence: 0.42, tokenStart: tokens.findIndex((t) => t.start >= start), tokenEnd: tokens.findIndex((t) => t.start >= end) };
    };
    expect(findPeople(page, tokens, [at('هيفاء وهبي'), at('هيفاء تغريدة')]).map((m) => page.slice(m.start, m.end))).not.toContain('تغريدة');
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

/** The context of a text, and a doubted organisation span over the word `name` (its first occurrence). */
function setUp(text: string, name: string) {
  const ctx = boundsContextOf(text), tokens = ctx.tokens;
  const k = tokens.findIndex((t) => t.text === name);
  const t = tokens[k]!;
  const span: NamedSpan = { start: t.start, end: t.end, text: t.text, type: 'ORG', confidence: 0.3, tokenStart: k, tokenEnd: k + 1 };
  return { ctx, span, k };
}

/** The surfaces of the drafts addWeakSpansAfterCue adds for a doubted organisation `name`. */
function weakNames(text: string, name: string): string[] {
  const { ctx, span } = setUp(text, name);
  const drafts: Draft[] = [];
  addWeakSpansAfterCue(ctx, [span], drafts, new Uint8Array(ctx.tokens.length));
  return drafts.map((d) => text.slice(d.start, d.end));
}

describe('the definite cue is the title and nationality checks of the cued names', () => {
  it('takes the nationality adjective behind لل, which has no ال in its letters', () => {
    const { ctx, k } = setUp('ومنح المدرب الفرصة للإنجليزي كوفالسكي أمس', 'كوفالسكي');
    expect(isPersonDemonym(ctx, k - 1)).toBe(true);
    expect(weakNames('ومنح المدرب الفرصة للإنجليزي كوفالسكي أمس', 'كوفالسكي')).toEqual(['كوفالسكي']);
  });

  it('leaves a title that is as often another noun: الفريق before a team is the team', () => {
    expect(weakNames('وخسر الفريق كوريتيبا مباراته أمس', 'كوريتيبا')).toEqual([]);
  });

  it('marks as cued the same name a cue already announced, so the page\'s place vote spares it', () => {
    const text = 'ومنح المدرب الفرصة للإنجليزي كوفالسكي أمس';
    const { ctx, span, k } = setUp(text, 'كوفالسكي');
    const drafts: Draft[] = [{ start: span.start, end: span.end, words: ['كوفالسكي'], confidence: 0.5, tokenStart: k, tokenEnd: k + 1 }];
    addWeakSpansAfterCue(ctx, [span], drafts, new Uint8Array(ctx.tokens.length));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.cued).toBe(true);
  });
});
