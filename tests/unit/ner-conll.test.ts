import { describe, expect, it } from 'vitest';
import { formatTagged, parseConll } from '../tools/conll';
import { loadNerModel } from '@/utils/nlp/ner';
import { chunksOf, formatScores, prf, scoreSentences } from '../tools/ner-score';
import { glueClitics, parseWritten, repairBio } from '../tools/ner-corpora';

describe('parseConll', () => {
  it('reads tokens and the last column, a blank line between sentences', () => {
    const s = parseConll('قال O\nماكرون B-PERS\n\nفي O\nباريس B-LOC\n');
    expect(s).toEqual([
      { tokens: ['قال', 'ماكرون'], tags: ['O', 'B-PERS'] },
      { tokens: ['في', 'باريس'], tags: ['O', 'B-LOC'] },
    ]);
  });

  it('tolerates a BOM, CRLF, tabs, trailing spaces and several blank lines', () => {
    const s = parseConll('\ufeffقال\tO  \r\nماكرون\tX\tB-PERS \r\n\r\n  \r\n\r\nنعم O\r\n');
    expect(s.map((x) => x.tokens)).toEqual([['قال', 'ماكرون'], ['نعم']]);
    expect(s[0]!.tags).toEqual(['O', 'B-PERS']);
  });

  it('reads a one-column file (tokens only) with null tags', () => {
    expect(parseConll('قال\nماكرون\n')).toEqual([{ tokens: ['قال', 'ماكرون'], tags: null }]);
  });

  it('throws a clear error on an empty file', () => {
    expect(() => parseConll('', 'x.conll')).toThrow(/x\.conll: no tokens/);
    expect(() => parseConll('\ufeff\r\n\r\n', 'x.conll')).toThrow(/empty CoNLL file/);
  });
});

describe('conlleval scoring', () => {
  it('opens a chunk on I-X after O or after another type', () => {
    expect(chunksOf(['I-PERS', 'I-PERS', 'O', 'B-LOC', 'I-ORG', 'B-LOC', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PERS' }, { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 5, type: 'ORG' },
      { start: 5, end: 6, type: 'LOC' }, { start: 6, end: 7, type: 'LOC' },
    ]);
  });

  it('counts a chunk only when start, end and type all match', () => {
    const acc = scoreSentences([['B-PERS', 'I-PERS', 'O', 'B-LOC']], [['B-PERS', 'O', 'O', 'B-LOC']]);
    expect(acc.get('PERS')).toEqual({ tp: 0, pred: 1, gold: 1 });
    expect(acc.get('LOC')).toEqual({ tp: 1, pred: 1, gold: 1 });
    expect(prf(acc.get('ALL')!)).toEqual({ p: 50, r: 50, f: 50 });
    expect(formatScores(acc)).toMatch(/^ALL +50\.00 +50\.00 +50\.00 +2 +2$/m);
  });
});

describe('corpus preparation', () => {
  it('repairs an I-X that follows neither B-X nor I-X', () => {
    expect(repairBio(['O', 'I-ORG', 'I-ORG', 'I-LOC'])).toEqual(['O', 'B-ORG', 'I-ORG', 'B-LOC']);
  });

  it('reads a written sentence: its marks become BIO tags over tokenize() tokens, a clitic inside its word', () => {
    const s = parseWritten('وقال حارس [[ORG:نادي الوحدة]] [[PERS:عساف القرني]] ل[[LOC:الرياض]]: "نعم".', 'x:1');
    expect(s.words).toEqual(['وقال', 'حارس', 'نادي', 'الوحدة', 'عساف', 'القرني', 'للرياض', ':', '"', 'نعم', '"', '.']);
    expect(s.tags).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'B-PERS', 'I-PERS', 'B-LOC', 'O', 'O', 'O', 'O', 'O']);
    expect(s.corpus).toBe('written');
  });

  it('refuses a written line with a broken or unknown mark, or two marks in one word, naming the line', () => {
    expect(() => parseWritten('قال [[PER:محمد]]', 'a.txt:3')).toThrow(/a\.txt:3/);
    expect(() => parseWritten('قال [[PERS:محمد]', 'a.txt:4')).toThrow(/a\.txt:4/);
    expect(() => parseWritten('قال [[PERS:محمد]][[PERS:علي]]', 'a.txt:5')).toThrow(/two marks share the word/);
  });

  it('glues WikiFANE clitics back: و جوبا → وجوبا with the name tag, مدن ها → مدنها', () => {
    const s = glueClitics({ words: ['و', 'جوبا', 'من', 'مدن', 'ها'], tags: ['O', 'B-LOC', 'O', 'O', 'O'], corpus: 'wikifane' });
    expect(s.words).toEqual(['وجوبا', 'من', 'مدنها']);
    expect(s.tags).toEqual(['B-LOC', 'O', 'O']);
  });
});

describe('formatTagged (what ner:tag prints)', () => {
  it('prints token<TAB>TAG for every token, a blank line between sentences, in order', () => {
    const sentences = parseConll('\ufeffوقال O\r\nالرئيس O\r\nماكرون B-PERS \r\n\r\nفي\r\nباريس\r\n');
    const tagger = loadNerModel();
    const out = formatTagged(sentences, (doc) => tagger.tagDocument(doc), 20).split('\n');
    expect(out.map((l) => l.split('\t')[0])).toEqual(['وقال', 'الرئيس', 'ماكرون', '', 'في', 'باريس', '']);
    for (const l of out.filter((x) => x)) expect(l).toMatch(/^\S+\t(O|[BI]-(PERS|LOC|ORG|MISC))$/);
    expect(out[2]).toBe('ماكرون\tB-PERS');
  });

  it('tags each document window separately but covers every sentence', () => {
    const sentences = parseConll('أ O\n\nب O\n\nج O\n');
    const seen: number[] = [];
    const out = formatTagged(sentences, (doc) => { seen.push(doc.length); return doc.map((s) => ({ tags: s.map(() => 'O') })); }, 2);
    expect(seen).toEqual([2, 1]);
    expect(out).toBe('أ\tO\n\nب\tO\n\nج\tO\n');
  });
});
