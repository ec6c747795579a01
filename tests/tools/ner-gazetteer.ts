/**
 * Builds the name lists the tagger ships (assets/model/ner-lexicon.ts), from shippable
 * sources only:
 *  - arabic-name-to-en (ISC): given names;
 *  - ArWikiCats people (MIT) and the Wikidata world leaders with Arabic names (CC0 + MIT):
 *    first tokens are given names, every token a person token, last tokens surnames;
 *  - entity tokens of the CC BY-SA corpora passed in (AQMAR, WikiFANE, ANERcorp train): a
 *    token joins class X when at least half of its occurrences there are inside an X name, and
 *    is COMMON when seen three times or more and inside a name less than 5% of the time.
 * ANERgazet (no licence), ANETAC and the given-name CSVs (research only) are never read here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldArabic } from '../../utils/nlp/normalize';
import { LEX } from '../../utils/nlp/ner/lexicon';
import { DATA, type TaggedSentence } from './ner-corpora';

const GAZ = resolve(DATA, 'gazetteers');

function isNameToken(f: string): boolean {
  return f.length >= 2 && /^[\u0621-\u064a]+$/.test(f);
}

function addBits(map: Map<string, number>, word: string, bits: number): void {
  const f = foldArabic(word);
  if (isNameToken(f)) map.set(f, (map.get(f) ?? 0) | bits);
}

function addFullName(map: Map<string, number>, full: string): void {
  const parts = full.replace(/\([^)]*\)/g, ' ').split(/[\s\u060c,.\-]+/).filter((p) => p.length > 0);
  if (parts.length === 0) return;
  // Connectors inside compound names (عبد، بن، أبو) stay plain person tokens, not given names.
  parts.forEach((p, i) => addBits(map, p, LEX.PERSON | (i === 0 && parts.length > 1 ? LEX.GIVEN : 0) | (i === parts.length - 1 && parts.length > 1 ? LEX.SURNAME : 0)));
}

/** Given names and known people from the permissively licensed lists. */
export function personLists(): Map<string, number> {
  const map = new Map<string, number>();
  const names = readFileSync(resolve(GAZ, 'given_names/arabic-name-to-en_fullnamedb.tsv'), 'utf8').split(/\r?\n/).slice(1);
  for (const line of names) {
    const ar = line.split('\t')[0];
    if (ar) addBits(map, ar, LEX.GIVEN);
  }
  const people = JSON.parse(readFileSync(resolve(GAZ, 'people/arwikicats_peoples.json'), 'utf8')) as Record<string, string>;
  for (const ar of Object.values(people)) addFullName(map, ar);
  const leaders = readFileSync(resolve(GAZ, 'people/world_leaders_2022_wikidata_with_ar.tsv'), 'utf8').split(/\r?\n/).slice(1);
  for (const line of leaders) {
    const ar = line.split('\t')[7];
    if (ar) addFullName(map, ar);
  }
  return map;
}

const CORPUS_BIT: Record<string, number> = { PERS: LEX.CORPUS_PERS, LOC: LEX.CORPUS_LOC, ORG: LEX.CORPUS_ORG, MISC: LEX.CORPUS_MISC };

/** Entity tokens of tagged sentences, by the majority rule above. */
export function corpusLists(sentences: readonly TaggedSentence[]): Map<string, number> {
  const total = new Map<string, number>();
  const byType = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const f = foldArabic(s.words[i]!);
      if (!isNameToken(f)) continue;
      total.set(f, (total.get(f) ?? 0) + 1);
      const tag = s.tags[i]!;
      if (tag !== 'O') byType.set(`${tag.slice(2)}|${f}`, (byType.get(`${tag.slice(2)}|${f}`) ?? 0) + 1);
    }
  }
  const map = new Map<string, number>();
  const named = new Map<string, number>();
  for (const [key, n] of byType) named.set(key.slice(key.indexOf('|') + 1), (named.get(key.slice(key.indexOf('|') + 1)) ?? 0) + n);
  for (const [f, n] of total) if (n >= 3 && (named.get(f) ?? 0) * 20 < n) map.set(f, LEX.COMMON);
  for (const [key, n] of byType) {
    const [type, f] = key.split('|') as [string, string];
    if (n * 2 >= (total.get(f) ?? 0)) map.set(f, (map.get(f) ?? 0) | (CORPUS_BIT[type] ?? 0));
  }
  return map;
}

/** Unites several word → bits maps. */
export function mergeLists(...maps: Map<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of maps) for (const [w, b] of m) out.set(w, (out.get(w) ?? 0) | b);
  return out;
}
