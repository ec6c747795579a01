/**
 * The training corpora of the name tagger, read from ../shared/data and brought to one shape:
 * ANERcorp tokens and BIO tags over PERS/LOC/ORG/MISC.
 *
 *  - ANERcorp (CAMeL split, train only): the dev split is the LAST 10% of its sentences.
 *  - AQMAR (CC BY-SA 3.0): PER → PERS, MIS* and article-specific classes → MISC; stray tags
 *    (OO, I--ORG, B-MIS1`) are repaired.
 *  - WikiFANE gold (CC BY-SA 3.0): BOM, CRLF and the U+200E before every token removed; the
 *    50 fine classes mapped to the four coarse ones (groups such as العرب and celestial bodies
 *    are O, as in ANERcorp); its detached clitics (و ف ب ل ك before a word, ه ها هم … after)
 *    are glued back so that its tokens look like ANERcorp's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConll } from './conll';
import { tokenize } from '../../utils/nlp/tokenize';

export const DATA = resolve(import.meta.dirname, '../../../shared/data');

/** One tagged sentence and the corpus it comes from. */
export interface TaggedSentence { words: string[]; tags: string[]; corpus: CorpusName }
export type CorpusName = 'anercorp' | 'aqmar' | 'wikifane' | 'written';

/** Makes a tag sequence valid BIO: an I-X that follows neither B-X nor I-X becomes B-X. */
export function repairBio(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i > 0 ? tags[i - 1]! : 'O';
    return prev !== 'O' && prev.slice(2) === t.slice(2) ? t : `B-${t.slice(2)}`;
  });
}

function fromConll(text: string, source: string, corpus: CorpusName, mapTag: (t: string) => string): TaggedSentence[] {
  return parseConll(text, source).map((s) => ({ words: s.tokens, tags: repairBio((s.tags ?? s.tokens.map(() => 'O')).map(mapTag)), corpus }));
}

/** ANERcorp train, split into the part we train on and the held-back last 10% (dev). */
export function loadAnercorp(): { train: TaggedSentence[]; dev: TaggedSentence[]; all: TaggedSentence[] } {
  const all = fromConll(readFileSync(resolve(DATA, 'anercorp/train.txt'), 'utf8'), 'anercorp/train.txt', 'anercorp', (t) => t);
  const cut = Math.floor(all.length * 0.9);
  return { train: all.slice(0, cut), dev: all.slice(cut), all };
}

function aqmarTag(t: string): string {
  const m = /^([BI])-+([A-Za-z]+)/.exec(t);
  if (!m) return 'O';
  const type = m[2]!.toUpperCase();
  const coarse = type === 'PER' ? 'PERS' : type === 'LOC' ? 'LOC' : type === 'ORG' ? 'ORG' : 'MISC';
  return `${m[1]}-${coarse}`;
}

/** All AQMAR articles, in file-name order. */
export function loadAqmar(): TaggedSentence[] {
  const dir = resolve(DATA, 'aqmar');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => fromConll(readFileSync(resolve(dir, f), 'utf8'), `aqmar/${f}`, 'aqmar', aqmarTag));
}

const WIKIFANE_COARSE: Record<string, string> = {};
for (const c of 'Politician Religious_PER Artist Other_PER Scientist Athlete Businessperson Engineer Lawyer Police'.split(' ')) WIKIFANE_COARSE[c] = 'PERS';
for (const c of 'Population-Center Nation State-or-Province County-or-District GPE-Cluster Continent Water-Body Land-Region-Natural Building-Grounds Airport Path Subarea-Facility Plant'.split(' ')) WIKIFANE_COARSE[c] = 'LOC';
for (const c of 'Government Non-Governmental Commercial Educational Media Religious_ORG Sports Medical-Science Entertainment'.split(' ')) WIKIFANE_COARSE[c] = 'ORG';
for (const c of 'Book Movie Software Hardware Sound Food Drug Air Land Water Projectile Shooting Blunt Chemical Exploding Nuclear Sharp'.split(' ')) WIKIFANE_COARSE[c] = 'MISC';

function wikifaneTag(t: string): string {
  const m = /^([BI])-(.+)$/.exec(t);
  const coarse = m ? WIKIFANE_COARSE[m[2]!] : undefined;
  return m && coarse ? `${m[1]}-${coarse}` : 'O';
}

const PROCLITIC = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const ENCLITIC = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا']);

/** Glues WikiFANE's detached clitics back onto their words (و جوبا → وجوبا, عاصمة ها → عاصمةها). */
export function glueClitics(s: TaggedSentence): TaggedSentence {
  const words: string[] = [];
  const tags: string[] = [];
  let pending = '';
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    if (PROCLITIC.has(w) && i + 1 < s.words.length && /^[\u0621-\u064a]/.test(s.words[i + 1]!)) { pending += w; continue; }
    if (ENCLITIC.has(w) && !pending && words.length && /[\u0621-\u064a]$/.test(words[words.length - 1]!)) {
      words[words.length - 1] += w;
      continue;
    }
    words.push(pending + w);
    tags.push(s.tags[i]!);
    pending = '';
  }
  return { words, tags: repairBio(tags), corpus: s.corpus };
}

/** WikiFANE gold, cleaned and mapped; `glue` re-attaches detached clitics. */
export function loadWikifane(glue = true): TaggedSentence[] {
  const raw = readFileSync(resolve(DATA, 'wikifane/WikiFANE_Gold_2014_500K.txt'), 'utf8').replace(/\u200e/g, '');
  const sentences = fromConll(raw, 'wikifane', 'wikifane', wikifaneTag);
  return glue ? sentences.map(glueClitics) : sentences;
}

/** The sentences written for this project (tests/data/ner-written, see its README). */
export const WRITTEN_DIR = resolve(import.meta.dirname, '../data/ner-written');

const WRITTEN_MARK = /\[\[(PERS|LOC|ORG|MISC):([^[\]]+?)\]\]/g;

/**
 * One line of the written sentences, `[[TYPE:surface]]` marks inline, as a tagged sentence in
 * the shape of ANERcorp: tokens as tokenize() cuts them, and a token that holds any part of a
 * mark takes its type (a clitic before a name stays in its token, as ANERcorp tags وروسيا).
 * @example parseWritten('وقال [[PERS:عساف القرني]] إن', 'x').tags → ['O', 'B-PERS', 'I-PERS', 'O']
 */
export function parseWritten(line: string, where: string): TaggedSentence {
  const spans: Array<{ start: number; end: number; type: string }> = [];
  let text = '';
  let last = 0;
  for (const m of line.matchAll(WRITTEN_MARK)) {
    text += line.slice(last, m.index);
    // ل before the article is written لل: ل[[LOC:الرياض]] is للرياض.
    const surface = /(?:^|[\sوف])ل$/.test(text) && m[2]!.startsWith('ال') ? m[2]!.slice(1) : m[2]!;
    spans.push({ start: text.length, end: text.length + surface.length, type: m[1]! });
    text += surface;
    last = m.index! + m[0].length;
  }
  text += line.slice(last);
  if (text.includes('[[') || text.includes(']]')) throw new Error(`${where}: a mark that is not [[PERS|LOC|ORG|MISC:…]]`);
  const tokens = tokenize(text);
  const tags = tokens.map(() => 'O');
  for (const sp of spans) {
    const inside = tokens.flatMap((t, i) => (t.start < sp.end && t.end > sp.start ? [i] : []));
    if (inside.length === 0) throw new Error(`${where}: the mark "${text.slice(sp.start, sp.end)}" holds no word`);
    inside.forEach((i, k) => {
      if (tags[i] !== 'O') throw new Error(`${where}: two marks share the word "${tokens[i]!.text}"`);
      tags[i] = `${k === 0 ? 'B' : 'I'}-${sp.type}`;
    });
  }
  return { words: tokens.map((t) => t.text), tags, corpus: 'written' };
}

/** All written sentences, file by file in name order, one per non-empty line. */
export function loadWritten(dir = WRITTEN_DIR): TaggedSentence[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(resolve(dir, f), 'utf8').split('\n').flatMap((line, i) => (line.trim() ? [parseWritten(line.trim(), `ner-written/${f}:${i + 1}`)] : [])));
}
