/**
 * The document pass: a person named once with confidence is a person wherever the page names
 * them again (بلينكن alone, three paragraphs after أنتوني بلينكن). Only surnames and
 * single-word names spread, never titles, demonyms, ordinals or name connectors (المصري،
 * الخامس، بن), which would otherwise turn every later المصري into a person. Organisation
 * names spread whole, as the chunk was tagged (البنك التجاري), to untagged words only.
 */
import { endsInCompoundHalf } from '../name-words';
import type { NerLexicon } from './lexicon';
import type { TaggedWords } from './tagger';
import { FormMasks, PLAIN_READER, forEachSureChunk, isSpreadable, retagSentences, type WordReader } from './doc-pass-read';

export type { WordReader } from './doc-pass-read';

/** Chunks whose weakest token is at least this sure may spread. */
export const SPREAD_CONFIDENCE = 0.8;

/**
 * Spreads confident person names to their other, untagged mentions in the same document.
 * @example documentPass([['قال', 'ماكرون'], ['وأضاف', 'ماكرون']], tagged, lexicon)[1].tags → ['O', 'B-PERS']
 */
export function documentPass(sentences: readonly (readonly string[])[], tagged: TaggedWords[], lexicon: NerLexicon, reader: WordReader = PLAIN_READER): TaggedWords[] {
  const people = spreadPeople(sentences, tagged, lexicon, reader);
  return spreadOrganisations(sentences, people, lexicon, reader);
}

function spreadPeople(sentences: readonly (readonly string[])[], tagged: TaggedWords[], lexicon: NerLexicon, reader: WordReader): TaggedWords[] {
  const names = new Map<string, number>();
  forEachSureChunk(sentences, tagged, 'PERS', SPREAD_CONFIDENCE, (words, si, i, end, conf) => {
    // The last word (the surname) of a longer name, or the one word of a short one.
    const last = end - 1;
    const forms = last === i ? reader.forms(words[i]!, si, i) : [reader.folded(words[last]!, si, last)];
    // عبد الله، صلاح الدين: the second half of a compound given name is nobody's surname.
    if (last > i && endsInCompoundHalf([reader.folded(words[last - 1]!, si, last - 1), forms[0]!])) return;
    for (const f of forms) if (isSpreadable(f, lexicon)) names.set(f, Math.max(names.get(f) ?? 0, conf));
  });
  if (names.size === 0) return tagged;
  // Names are three letters or more (isSpreadable): the reader's id masks rule most words out.
  const masks = new FormMasks(reader, [...names.keys()]);
  return retagSentences(sentences, tagged, (words, si, i, edit) => {
    if (masks.rulesOut(words[i]!, si, i)) return 0;
    let conf = 0;
    for (const f of reader.forms(words[i]!, si, i)) conf = Math.max(conf, names.get(f) ?? 0);
    if (conf === 0) return 0;
    const tags = edit.tags;
    edit.set(i, i > 0 && (tags[i - 1] === 'B-PERS' || tags[i - 1] === 'I-PERS') ? 'I-PERS' : 'B-PERS', conf * 0.9);
    return 1;
  });
}

/**
 * Organisation chunks whose weakest token is at least this sure spread. Lower than for people:
 * a repeated bank or club name is rarely anything else on the same page (dev: 0.3–0.5 all gain).
 */
export const ORG_SPREAD_CONFIDENCE = 0.5;

/** The key of a chunk: the folded words after the first, joined (the first word is matched through its forms). */
function tailKey(words: readonly string[], si: number, from: number, to: number, reader: WordReader): string {
  let key = '';
  for (let j = from; j < to; j++) key += ' ' + reader.folded(words[j]!, si, j);
  return key;
}

/**
 * Spreads confident organisation names to their other, untagged mentions in the same document:
 * a page names its club or bank many times, and later mentions lack the cue (نادي، شركة) that
 * made the first one sure (للبنك التجاري … البنك التجاري).
 */
export function spreadOrganisations(sentences: readonly (readonly string[])[], tagged: TaggedWords[], lexicon: NerLexicon, reader: WordReader = PLAIN_READER): TaggedWords[] {
  // First-word form → tail keys of confident chunks, with their confidence.
  const names = new Map<string, Map<string, number>>();
  let longest = 0;
  forEachSureChunk(sentences, tagged, 'ORG', ORG_SPREAD_CONFIDENCE, (words, si, i, end, conf) => {
    // One word alone must look like a name, not a cue or an adjective (العربي، الوطني).
    if (end - i === 1 && !isSpreadable(reader.folded(words[i]!, si, i), lexicon)) return;
    const tail = tailKey(words, si, i + 1, end, reader);
    for (const f of reader.forms(words[i]!, si, i)) {
      if (f.length < 2) continue;
      let m = names.get(f);
      if (!m) names.set(f, (m = new Map()));
      m.set(tail, Math.max(m.get(tail) ?? 0, conf));
    }
    longest = Math.max(longest, end - i);
  });
  if (names.size === 0) return tagged;
  // As for people, when every first word is three letters or more (the id masks cover only those stems).
  const firsts = [...names.keys()];
  const masks = new FormMasks(reader, firsts.every((f) => f.length >= 3) ? firsts : null);
  return retagSentences(sentences, tagged, (words, si, i, edit) => {
    if (masks.rulesOut(words[i]!, si, i)) return 0;
    const tags = edit.tags;
    let tailsByForm: Map<string, number>[] | null = null;
    for (const f of reader.forms(words[i]!, si, i)) {
      const tails = names.get(f);
      if (tails) (tailsByForm ??= []).push(tails);
    }
    if (!tailsByForm) return 0;
    // The longest confident chunk that starts here over untagged words; the tail keys are built
    // once per length, for every form of the first word.
    let bestLen = 0, bestConf = 0, key = '';
    for (let len = 1; len <= longest && i + len <= words.length; len++) {
      if (len > 1) {
        if (tags[i + len - 1] !== 'O') break;
        key += ' ' + reader.folded(words[i + len - 1]!, si, i + len - 1);
      }
      for (const tails of tailsByForm) {
        const conf = tails.get(key);
        // (the first form that reaches a length keeps it)
        if (conf !== undefined && len > bestLen) { bestLen = len; bestConf = conf; }
      }
    }
    // A chunk that runs on into a name would cut that name in two.
    if (bestLen === 0 || (i + bestLen < words.length && tags[i + bestLen]!.startsWith('I-'))) return 0;
    for (let j = i; j < i + bestLen; j++) edit.set(j, j === i ? 'B-ORG' : 'I-ORG', bestConf * 0.9);
    return bestLen;
  });
}
