import { describe, expect, it } from 'vitest';
import { analyse, analyseSteps, mergeMentions, paragraphChunks } from '@/utils/nlp/pipeline';
import { noisyParagraphs } from '@/utils/nlp/quotes';
import type { EntityMention } from '@/utils/nlp/types';

const ARTICLE = [
  'قال وزير الخارجية المصري سامح شكري، خلال مؤتمر صحفي في القاهرة، إن "مصر لن تقبل بأي حلول تمس أمنها المائي"، مضيفا أن الحوار مستمر.',
  'وأوضح الوزير أن الاتصالات مستمرة مع الولايات المتحدة والاتحاد الأوروبي، وأن الجانب الروسي أبدى استعداده للمساعدة.',
].join('\n');

const mention = (start: number, end: number, type: EntityMention['type']): EntityMention =>
  ({ start, end, type, text: 'x'.repeat(end - start), entity: `${type}:${start}`, confidence: 1 }) as EntityMention;

describe('paragraphChunks', () => {
  it('cuts at line breaks, else at spaces, and covers the text exactly', () => {
    const text = `${'كلمة '.repeat(3000)}\n${'أخرى '.repeat(10)}`;
    const chunks = paragraphChunks(text, 6000);
    expect(chunks[0]).toEqual({ start: 0, end: 6000 });
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(6000);
  });
  it('never cuts a word when a text has no line break at all', () => {
    const text = 'كلمة '.repeat(50_000);
    const chunks = paragraphChunks(text, 6000);
    expect(chunks.length).toBeGreaterThan(40);
    for (const c of chunks.slice(0, -1)) expect(text[c.end - 1]).toBe(' ');
  });
});

describe('mergeMentions', () => {
  it('keeps a country over a person inside it, a person over the country words inside it, and everything else', () => {
    const people = [mention(0, 4, 'person'), mention(10, 25, 'person'), mention(40, 45, 'person')];
    const countries = [mention(0, 4, 'country'), mention(12, 16, 'country'), mention(30, 35, 'country'), mention(39, 46, 'country')];
    const merged = mergeMentions(people, countries).map((m) => `${m.type}:${m.start}-${m.end}`);
    expect(merged).toEqual(['country:0-4', 'person:10-25', 'country:30-35', 'country:39-46']);
  });
});

describe('analyseSteps', () => {
  it('gives what analyse gives, over many small steps', () => {
    const text = Array.from({ length: 12 }, () => ARTICLE).join('\n');
    const steps = analyseSteps(text);
    let n = 0;
    let r = steps.next();
    while (!r.done) {
      n++;
      r = steps.next();
    }
    expect(n).toBeGreaterThan(10);
    expect(r.value).toEqual(analyse(text));
    expect(r.value.quotes).toHaveLength(12);
  });
});

describe('quotations in noisy paragraphs', () => {
  it('finds no quotation in a paragraph of ten thousand unbalanced marks, and still finds the real one', () => {
    const marks = Array.from({ length: 10_000 }, (_, i) => `كلمة${i % 7 === 0 ? ' «' : ' "'}`).join(' ');
    const text = `${ARTICLE}\n${marks}`;
    expect(noisyParagraphs(text)).toEqual([[ARTICLE.length + 1, text.length]]);
    const { quotes } = analyse(text);
    expect(quotes.map((q) => q.text)).toEqual(['مصر لن تقبل بأي حلول تمس أمنها المائي']);
  });
  it('leaves an ordinary paragraph with a few quotations alone', () => {
    expect(noisyParagraphs(ARTICLE)).toEqual([]);
    expect(noisyParagraphs('قال: "نعم" و"لا" و"ربما" ثم أضاف: «انتهى».')).toEqual([]);
  });
});
