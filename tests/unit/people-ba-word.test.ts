import { describe, expect, it } from 'vitest';
import type { NamedSpan } from '@/utils/nlp/ner';
import { findPeople } from '@/utils/nlp/people';
import { tokenize } from '@/utils/nlp/tokenize';

/** The mentions findPeople gives when the tagger's only spans are the words `names` inside the tokens that hold them, in order. */
function peopleFromInnerSpans(text: string, names: string[]): string[] {
  const tokens = tokenize(text);
  let from = 0;
  const spans: NamedSpan[] = names.map((name) => {
    const start = text.indexOf(name, from);
    const end = (from = start + name.length);
    const tokenStart = tokens.findIndex((t) => t.end > start);
    return { start, end, text: name, type: 'PERS', confidence: 0.9, tokenStart, tokenEnd: tokenStart + 1 };
  });
  return findPeople(text, tokens, spans).map((m) => m.text);
}

describe('a lone name the page only writes behind ب', () => {
  it.each([
    // Always ب + the word, twice: a word that begins with ب.
    ['قال المتحدث باسم بوكسين إن الطائرة سليمة. وأكدت بوكسين أن', ['وكسين', 'وكسين'], []],
    // Once without ب: a person after the preposition.
    ['التقى الوزير بفيرمان أمس. وقال فيرمان إن اللقاء مثمر', ['فيرمان', 'فيرمان'], ['فيرمان', 'فيرمان']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromInnerSpans(text, spans)).toEqual(expected);
  });
});
