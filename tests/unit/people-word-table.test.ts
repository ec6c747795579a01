import { describe, expect, it } from 'vitest';
import { buildWordTable, foldTokens } from '@/utils/nlp/people-word-table';
import { foldArabic } from '@/utils/nlp/normalize';
import { tokenize } from '@/utils/nlp/tokenize';

describe('foldTokens and buildWordTable: every token folded once', () => {
  it('folds every token, marks and numbers included', () => {
    const tokens = tokenize('قالَ إلى «مصر» ١٢');
    expect(foldTokens(tokens)).toEqual(tokens.map((t) => foldArabic(t.text)));
    expect(foldTokens(tokens)).toEqual(['قال', 'الي', '«', 'مصر', '»', '12']);
  });

  it('builds the same table from folds given by the caller as from its own', () => {
    const tokens = tokenize('وأكد أردوغان');
    const given = foldTokens(tokens);
    expect(buildWordTable(tokens, given).folded).toBe(given);
    expect(buildWordTable(tokens).folded).toEqual(given);
    expect([...buildWordTable(tokens).classes]).toEqual([-1, -1]);
  });
});
