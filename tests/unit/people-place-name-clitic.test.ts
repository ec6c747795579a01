import { describe, expect, it } from 'vitest';
import { mentionsFromTypedSpans } from './person-mentions';

describe('a person name behind و that the corpora read whole as a body', () => {
  it('keeps the given name the tagger read behind the clitic', () => {
    // وكريستي: a body's name to the corpora, كريستي a person's to the lists: the given name stays.
    const text = 'وحضر العرض المخرج أدريان سيتارو وكريستي بيويو مساء أمس';
    expect(mentionsFromTypedSpans(text, [['كريستي بيويو', 'PERS']]).map((m) => m.text)).toEqual(['كريستي بيويو']);
  });
});
