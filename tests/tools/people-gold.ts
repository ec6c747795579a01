/**
 * The people dev set (tests/gold/people/snn-<id>.txt): SaudiNewsNet articles with every person
 * marked inline as [[P:surface]] (rules of tests/gold/articles/README.md). Markup removed, a file
 * is byte-identical to the article's `content`.
 *
 * The saved pages of tests/gold/people-pages are marked the same way on the main text of a fixture page.
 *
 *   npx tsx tests/tools/people-gold.ts      checks every file of both and prints its counts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findMainContent } from '../../utils/page/main-content';
import { buildTextMap } from '../../utils/page/text-map';
import { parseAnnotated, type GoldMention } from './gold';
import { parseHtml } from './html-document';
import { decodePage, readPageBytes } from './read-page';
import { loadSaudiNewsNet } from './saudinewsnet';

export const PEOPLE_GOLD_DIR = resolve(import.meta.dirname, '../gold/people');
/** Saved pages other than the held-out fixture articles, marked the same way (tests/gold/people-pages). */
export const PAGES_GOLD_DIR = resolve(import.meta.dirname, '../gold/people-pages');
const FIXTURE_PAGES = resolve(import.meta.dirname, '../fixtures/pages');

/** One marked document: a SaudiNewsNet article (`id`), or a saved page (`name`, id -1). */
export interface PeopleGoldDoc { id: number; name?: string; text: string; people: GoldMention[] }

/** Checks a marked file's text against the text it was marked on, and its marks. */
function checked(f: string, annotated: string, original: string | undefined, what: string): { text: string; people: GoldMention[] } {
  const { text, mentions } = parseAnnotated(annotated, f);
  if (original === undefined) throw new Error(`${f}: no ${what}`);
  if (text !== original) {
    let at = 0;
    while (at < text.length && text[at] === original[at]) at++;
    throw new Error(`${f}: text differs from the ${what} at ${at}: "${text.slice(at, at + 40)}" vs "${original.slice(at, at + 40)}"`);
  }
  if (mentions.some((m) => m.type !== 'person')) throw new Error(`${f}: only [[P:…]] marks belong in the people set`);
  for (const m of mentions) if (m.text !== m.text.trim() || m.text === '') throw new Error(`${f}: mention "${m.text}" has outer spaces`);
  return { text, people: mentions };
}

/**
 * The text the extension analyses on a saved page, as `npm run annotate` reads it: decoded,
 * its main content found, laid out as a text.
 */
export function pageMainText(path: string): string {
  const { text } = decodePage(readPageBytes(path), { html: true });
  return buildTextMap(findMainContent(parseHtml(text))).text;
}

/**
 * Reads and checks the marked saved pages: `<page>.txt` holds the main text of the fixture page
 * `<page>.html` (in any folder of tests/fixtures/pages) with its people marked.
 */
export function readPagePeopleGold(dir = PAGES_GOLD_DIR): PeopleGoldDoc[] {
  const folders = readdirSync(FIXTURE_PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(FIXTURE_PAGES, d.name));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const page = folders.map((d) => join(d, f.replace(/\.txt$/, '.html'))).find((p) => existsSync(p));
      return { id: -1, name: f.slice(0, -4), ...checked(f, readFileSync(join(dir, f), 'utf8'), page && pageMainText(page), 'fixture page of that name') };
    });
}

/** Reads and checks every file of the people dev set against the corpus text. */
export function readPeopleGold(dir = PEOPLE_GOLD_DIR): PeopleGoldDoc[] {
  const corpus = new Map(loadSaudiNewsNet().map((a) => [a.id, a.content]));
  return readdirSync(dir)
    .filter((f) => /^snn-\d+\.txt$/.test(f))
    .sort((a, b) => Number(a.slice(4, -4)) - Number(b.slice(4, -4)))
    .map((f) => {
      const id = Number(f.slice(4, -4));
      return { id, ...checked(f, readFileSync(join(dir, f), 'utf8'), corpus.get(id), `SaudiNewsNet article ${id}`) };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const docs = [...readPeopleGold(), ...readPagePeopleGold()];
  for (const d of docs) process.stdout.write(`${d.name ?? `snn-${d.id}`}\t${d.text.length} chars\t${d.people.length} people\n`);
  process.stdout.write(`${docs.length} documents, ${docs.reduce((s, d) => s + d.people.length, 0)} person mentions: gold OK\n`);
}
