/**
 * The document pass: a person named once with confidence is a person wherever the page names
 * them again (بلينكن alone, three paragraphs after أنتوني بلينكن). Only surnames and
 * single-word names spread, never titles, demonyms, ordinals or name connectors (المصري،
 * الخامس، بن), which would otherwise turn every later المصري into a person.
 */
import { foldArabic } from '../normalize';
import { procliticSplits } from '../tokenize';
import { endsInCompoundHalf } from '../name-words';
import { LEX, type NerLexicon } from './lexicon';
import type { TaggedWords } from './tagger';

/** Chunks whose weakest token is at least this sure may spread. */
export const SPREAD_CONFIDENCE = 0.8;

const NEVER_SPREAD = new Set(
  'بن ابن بنت ابو ابي ام عبد ال دي دا فان فون لا لي الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الاكبر الاصغر الابن الاب الجد'.split(' '),
);
const BLOCKING = LEX.TITLE | LEX.MODIFIER | LEX.SPEECH | LEX.DEMONYM | LEX.COUNTRY | LEX.ORG_CUE | LEX.PLACE_CUE;

/**
 * How the pass reads a word: its folded form and the forms it may stand for (whole word and
 * clitic-stripped stems). `si` and `i` say where the word stands (sentence, token), for a
 * reader that has already looked the words up.
 */
export interface WordReader {
  folded(word: string, si: number, i: number): string;
  forms(word: string, si: number, i: number): readonly string[];
}

const PLAIN_READER: WordReader = {
  folded: foldArabic,
  forms: (word) => procliticSplits(word).filter((s) => !s.article).map((s) => s.stem),
};

function isSpreadable(f: string, lexicon: NerLexicon): boolean {
  if (f.length < 3 || NEVER_SPREAD.has(f)) return false;
  if (lexicon.classOf(f) & BLOCKING) return false;
  // ال…ي: demonyms and family names of origin (المصري), too ambiguous to spread.
  return !(f.startsWith('ال') && (f.endsWith('ي') || f.endsWith('ية')));
}

/**
 * Spreads confident person names to their other, untagged mentions in the same document.
 * @example documentPass([['قال', 'ماكرون'], ['وأضاف', 'ماكرون']], tagged, lexicon)[1].tags → ['O', 'B-PERS']
 */
export function documentPass(sentences: readonly (readonly string[])[], tagged: TaggedWords[], lexicon: NerLexicon, reader: WordReader = PLAIN_READER): TaggedWords[] {
  const names = new Map<string, number>();
  sentences.forEach((words, si) => {
    const { tags, confidence } = tagged[si]!;
    for (let i = 0; i < words.length; i++) {
      if (tags[i] !== 'B-PERS') continue;
      let end = i + 1;
      let conf = confidence[i]!;
      while (end < words.length && tags[end] === 'I-PERS') conf = Math.min(conf, confidence[end++]!);
      if (conf < SPREAD_CONFIDENCE) continue;
      // The last word (the surname) of a longer name, or the one word of a short one.
      const last = end - 1;
      const forms = last === i ? reader.forms(words[i]!, si, i) : [reader.folded(words[last]!, si, last)];
      // عبد الله، صلاح الدين: the second half of a compound given name is nobody's surname.
      if (last > i && endsInCompoundHalf([reader.folded(words[last - 1]!, si, last - 1), forms[0]!])) continue;
      for (const f of forms) if (isSpreadable(f, lexicon)) names.set(f, Math.max(names.get(f) ?? 0, conf));
    }
  });
  if (names.size === 0) return tagged;
  return sentences.map((words, si) => {
    const before = tagged[si]!;
    // A sentence the pass leaves as it is is not copied.
    let tags = before.tags;
    let confidence = before.confidence;
    for (let i = 0; i < words.length; i++) {
      if (tags[i] !== 'O') continue;
      let conf = 0;
      for (const f of reader.forms(words[i]!, si, i)) conf = Math.max(conf, names.get(f) ?? 0);
      if (conf === 0) continue;
      if (tags === before.tags) {
        tags = [...tags];
        confidence = Float32Array.from(confidence);
      }
      tags[i] = i > 0 && (tags[i - 1] === 'B-PERS' || tags[i - 1] === 'I-PERS') ? 'I-PERS' : 'B-PERS';
      confidence[i] = conf * 0.9;
    }
    return tags === before.tags ? before : { tags, confidence };
  });
}
