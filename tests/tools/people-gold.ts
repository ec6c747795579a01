/**
 * The people dev set (tests/gold/people/snn-<id>.txt): SaudiNewsNet articles with every person
 * marked inline as [[P:surface]] (rules of tests/gold/articles/README.md). Markup removed, a file
 * is byte-identical to the article's `content`.
 *
 *   npx tsx tests/tools/people-gold.ts      checks every file and prints its counts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAnnotated, type GoldMention } from './gold';
import { loadSaudiNewsNet } from './saudinewsnet';

export const PEOPLE_GOLD_DIR = resolve(import.meta.dirname, '../gold/people');

export interface PeopleGoldDoc { id: number; text: string; people: GoldMention[] }

/** Reads and checks every file of the people dev set against the corpus text. */
export function readPeopleGold(dir = PEOPLE_GOLD_DIR): PeopleGoldDoc[] {
  const corpus = new Map(loadSaudiNewsNet().map((a) => [a.id, a.content]));
  return readdirSync(dir)
    .filter((f) => /^snn-\d+\.txt$/.test(f))
    .sort((a, b) => Number(a.slice(4, -4)) - Number(b.slice(4, -4)))
    .map((f) => {
      const id = Number(f.slice(4, -4));
      const { text, mentions } = parseAnnotated(readFileSync(join(dir, f), 'utf8'), f);
      const original = corpus.get(id);
      if (original === undefined) throw new Error(`${f}: no SaudiNewsNet article ${id}`);
      if (text !== original) {
        let at = 0;
        while (at < text.length && text[at] === original[at]) at++;
        throw new Error(`${f}: text differs from the article at ${at}: "${text.slice(at, at + 40)}" vs "${original.slice(at, at + 40)}"`);
      }
      if (mentions.some((m) => m.type !== 'person')) throw new Error(`${f}: only [[P:…]] marks belong in the people set`);
      for (const m of mentions) if (m.text !== m.text.trim() || m.text === '') throw new Error(`${f}: mention "${m.text}" has outer spaces`);
      return { id, text, people: mentions };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const docs = readPeopleGold();
  for (const d of docs) process.stdout.write(`snn-${d.id}\t${d.text.length} chars\t${d.people.length} people\n`);
  process.stdout.write(`${docs.length} documents, ${docs.reduce((s, d) => s + d.people.length, 0)} person mentions: gold OK\n`);
}
