/**
 * CoNLL reading: one token per line (first column), optional further columns (the last one is
 * the tag when there are two or more), a blank line between sentences. Tolerates a UTF-8 BOM,
 * CRLF or CR line ends, tabs or spaces between columns, and trailing white space.
 */
import { readFileSync } from 'node:fs';

/** One sentence: its tokens and, when the file has them, the tags of the last column. */
export interface ConllSentence {
  tokens: string[];
  /** Same length as tokens; null when the file has a single column. */
  tags: string[] | null;
}

/** Parses CoNLL text; `source` names it in errors. Throws on a file with no token at all. */
export function parseConll(text: string, source = 'input'): ConllSentence[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let tagged: boolean | null = null;
  const close = () => {
    if (tokens.length) sentences.push({ tokens, tags: tagged ? tags : null });
    tokens = [];
    tags = [];
  };
  const lines = body.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^[\s\ufeff]+|[\s\ufeff]+$/g, '');
    if (line === '') { close(); continue; }
    const cols = line.split(/[\t ]+/);
    const hasTag = cols.length >= 2;
    if (tagged === null) tagged = hasTag;
    tokens.push(cols[0]!);
    tags.push(hasTag ? cols[cols.length - 1]! : 'O');
  }
  close();
  if (sentences.length === 0) throw new Error(`${source}: no tokens (empty CoNLL file: expected one token per line, a blank line between sentences)`);
  return sentences;
}

/** Reads and parses a CoNLL file. */
export function readConll(path: string): ConllSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as Error).message})`);
  }
  return parseConll(text, path);
}

/**
 * `token<TAB>TAG` lines for every token, a blank line between sentences, in input order;
 * sentences go to `tagDocument` in documents of `window` sentences.
 */
export function formatTagged(sentences: readonly ConllSentence[], tagDocument: (doc: string[][]) => { tags: string[] }[], window: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += window) {
    const doc = sentences.slice(i, i + window);
    const tagged = tagDocument(doc.map((s) => s.tokens));
    doc.forEach((s, k) => {
      const tags = tagged[k]!.tags;
      if (tags.length !== s.tokens.length) throw new Error(`sentence ${i + k + 1}: ${tags.length} tags for ${s.tokens.length} tokens`);
      s.tokens.forEach((tok, j) => out.push(`${tok}\t${tags[j]}`));
      out.push('');
    });
  }
  return out.join('\n');
}
