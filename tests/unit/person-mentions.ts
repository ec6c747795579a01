import { loadNerModel, type NamedSpan } from '@/utils/nlp/ner';
import { buildWordTable } from '@/utils/nlp/people-word-table';
import type { BoundsContext } from '@/utils/nlp/people-context';
import { writesAlaWithAlifMaqsura, writesFinalYaAsAlifMaqsura, writesIlaWithYa } from '@/utils/nlp/people-not-names';
import { findPeople } from '@/utils/nlp/people';
import { detectQuotes } from '@/utils/nlp/quotes';
import { tokenize } from '@/utils/nlp/tokenize';
import type { EntityMention } from '@/utils/nlp/types';

/**
 * A person mention of `name` where it first stands in `text`, with the entity id `entity` and the
 * name the entity is known by (`name` itself unless the mention was linked to a fuller one).
 */
export function personIn(text: string, name: string, entity: string, linked = name): EntityMention {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`no "${name}" in the text`);
  return { type: 'person', start, end: start + name.length, text: name, entity, name: linked };
}

/** The texts of the person mentions the whole pipeline (tagger and rules) finds in `text`. */
export function personTexts(text: string): string[] {
  return findPeople(text).map((m) => m.text);
}

/**
 * The mentions findPeople gives when the tagger's only spans are the persons `names`, found in
 * order in `text`, at `confidence`.
 */
export function peopleFromSpans(text: string, names: string[], confidence = 0.9): string[] {
  return mentionsFromSpans(text, names, confidence).map((m) => m.text);
}

/** As peopleFromSpans, each mention with the name of the entity it links to: 'قبادي → شاهين قبادي'. */
export function linkedFromSpans(text: string, names: string[], confidence = 0.9): string[] {
  return mentionsFromSpans(text, names, confidence).map((m) => `${m.text} → ${m.name}`);
}

function mentionsFromSpans(text: string, names: string[], confidence: number) {
  const tokens = tokenize(text);
  let from = 0;
  const spans: NamedSpan[] = names.map((name) => {
    const start = text.indexOf(name, from);
    const end = (from = start + name.length);
    // (a span may start inside a word, after a clitic: its first token is the word's)
    const tokenStart = tokens.findLastIndex((t) => t.start <= start);
    const tokenEnd = tokens.findIndex((t) => t.start >= end);
    return { start, end, text: name, type: 'PERS', confidence, tokenStart, tokenEnd: tokenEnd < 0 ? tokens.length : tokenEnd };
  });
  return findPeople(text, tokens, spans);
}

/**
 * The mentions findPeople gives when the tagger's only spans are `spans`, each [surface, type],
 * found in order in `text`, at `confidence` unless a span gives its own third; a span may start
 * inside a word, after a clitic (نوه in ونوه), as the tagger's spans do.
 */
export function mentionsFromTypedSpans(text: string, spans: Array<[string, NamedSpan['type'], number?]>, confidence = 0.9) {
  const tokens = tokenize(text);
  let from = 0;
  const named: NamedSpan[] = spans.map(([name, type, own]) => {
    const start = text.indexOf(name, from);
    const end = (from = start + name.length);
    const tokenStart = tokens.findLastIndex((t) => t.start <= start);
    const tokenEnd = tokens.findIndex((t) => t.start >= end);
    return { start, end, text: name, type, confidence: own ?? confidence, tokenStart, tokenEnd: tokenEnd < 0 ? tokens.length : tokenEnd };
  });
  return findPeople(text, tokens, named);
}

/** The quotations detectQuotes gives for `text`, with person mentions for [surface, entity] pairs. */
export function quotesWithPeople(text: string, people: Array<[string, string]> = []) {
  return detectQuotes(text, people.map(([name, entity]) => personIn(text, name, entity)));
}

/** The texts (marks excluded) of the quotations detectQuotes gives for `text`. */
export function quoteTexts(text: string): string[] {
  return detectQuotes(text).map((q) => q.text);
}

/** The speakers of quotesWithPeople. */
export function quoteSpeakers(text: string, people: Array<[string, string]> = []): Array<string | null> {
  return quotesWithPeople(text, people).map((q) => q.speaker);
}

/** The people rules' context of `text` with the shipped model's word classes (what findPeople builds). */
export function boundsContextOf(text: string): BoundsContext {
  const tokens = tokenize(text);
  const tagger = loadNerModel();
  const table = buildWordTable(tokens);
  return {
    text, tokens, table, classOf: (w) => tagger.classOf(w), clusterOf: (w) => tagger.clusterOf(w),
    yaAsAlifMaqsura: () => writesFinalYaAsAlifMaqsura(text),
    writesAla: () => writesAlaWithAlifMaqsura(text),
    writesIlaWithYa: () => writesIlaWithYa(text),
    bareWords: () => new Set(table.folded),
  };
}
