import { describe, expect, it } from 'vitest';
import type { NamedSpan } from '@/utils/nlp/ner';
import { findPeople } from '@/utils/nlp/people';
import { tokenize } from '@/utils/nlp/tokenize';

describe('a person name behind و that the corpora read whole as a body', () => {
  it('keeps the given name the tagger read behind the clitic', () => {
    // وكريستي: a body's name to the corpora, كريستي a person's to the lists: the given name stays.
    const text = 'وحضر العرض المخرج أدريان سيتارو وكريستي بيويو مساء أمس';
    const tokens = tokenize(text);
    const at = tokens.findIndex((t) => t.text === 'وكريستي');
    const start = text.indexOf('كريستي'), end = text.indexOf('بيويو') + 'بيويو'.length;
    const spans: NamedSpan[] = [{ start, end, text: text.slice(start, end), type: 'PERS', confidence: 0.9, tokenStart: at, tokenEnd: at + 2 }];
    expect(findPeople(text, tokens, spans).map((m) => m.text)).toEqual(['كريستي بيويو']);
  });
});
