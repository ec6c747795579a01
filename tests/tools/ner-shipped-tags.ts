/**
 * CoNLL tags as the extension sees a document: people from the people finder
 * (utils/nlp/people.ts), which is what the extension highlights as people; countries the country
 * finder names (utils/nlp/countries.ts) as places where the tagger left the words untagged;
 * places, organisations and other names otherwise from the tagger. Used by `ner:tag` (shipped
 * model) and `eval:ner` (dev model).
 */
import type { NerTagger, TaggedWords } from '../../utils/nlp/ner';
import { namedSpansWith } from '../../utils/nlp/ner';
import { findPeople } from '../../utils/nlp/people';
import { findCountries } from '../../utils/nlp/countries';
import { mergeMentions } from '../../utils/nlp/pipeline';
import { tokenize } from '../../utils/nlp/tokenize';
import { repairBio } from './ner-corpora';

/** The document's words as one text (a space between words, a line per sentence) and each character's word. */
function documentText(doc: readonly (readonly string[])[]): { text: string; wordAt: Int32Array } {
  const text = doc.map((s) => s.join(' ')).join('\n');
  const wordAt = new Int32Array(text.length).fill(-1);
  let at = 0, w = 0;
  for (const s of doc) {
    for (const word of s) {
      wordAt.fill(w++, at, at + word.length);
      at += word.length + 1;
    }
  }
  return { text, wordAt };
}

/** Clears the whole tagged span (of any type) that covers word `i`. */
function clearSpanAt(tags: string[], i: number): void {
  if (tags[i] === 'O') return;
  let a = i, b = i + 1;
  while (a > 0 && tags[a]!.startsWith('I-')) a--;
  while (b < tags.length && tags[b]!.startsWith('I-')) b++;
  tags.fill('O', a, b);
}

/**
 * Tags of a document's sentences: the tagger's (document pass included) with every PERS span
 * replaced by the people finder's mentions, as whole words, after the extension's choice between
 * a person and a country over the same words (mergeMentions: the tagger calling مصر a person
 * leaves a country). A person mention overrides any other span it overlaps; a tagger PERS span the finder does not keep becomes O. A country (not
 * a demonym) over words still untagged becomes LOC (a country inside an organisation's name, as
 * in بنك مصر, stays the organisation's).
 * @example shippedTags(tagger, [['وقال', 'الرئيس', 'ماكرون']])[0].tags → ['O', 'O', 'B-PERS']
 */
export function shippedTags(tagger: NerTagger, doc: readonly (readonly string[])[]): TaggedWords[] {
  const tagged = tagger.tagDocument(doc);
  const flat = tagged.flatMap((t) => t.tags.map((tag) => (tag.endsWith('-PERS') ? 'O' : tag)));
  const { text, wordAt } = documentText(doc);
  const tokens = tokenize(text);
  // Where a person and a country claim the same words, the extension keeps one reading (mergeMentions).
  const merged = mergeMentions(findPeople(text, tokens, namedSpansWith(tagger, text, tokens), tagger), findCountries(text, tokens));
  for (const m of merged) {
    if (m.type !== 'person') continue;
    const first = wordAt[m.start]!, last = wordAt[m.end - 1]!;
    if (first < 0 || last < first) continue;
    for (let i = first; i <= last; i++) clearSpanAt(flat, i);
    if (last + 1 < flat.length && flat[last + 1]!.startsWith('I-')) clearSpanAt(flat, last + 1);
    for (let i = first; i <= last; i++) flat[i] = i === first ? 'B-PERS' : 'I-PERS';
  }
  for (const c of merged) {
    if (c.type !== 'country' || c.demonym) continue;
    const first = wordAt[c.start]!, last = wordAt[c.end - 1]!;
    if (first < 0 || last < first || flat.slice(first, last + 1).some((t) => t !== 'O')) continue;
    for (let i = first; i <= last; i++) flat[i] = i === first ? 'B-LOC' : 'I-LOC';
  }
  const repaired = repairBio(flat);
  let at = 0;
  return tagged.map((t) => {
    const tags = repaired.slice(at, at + t.tags.length);
    at += t.tags.length;
    return { tags, confidence: t.confidence };
  });
}
