/**
 * npm run eval:main-content — measures the main-content finder against the hand-labelled
 * paragraphs of tests/gold/articles/*.tsv: the share of article (B) characters kept, and the
 * share of non-article (N) characters let in, per article and overall.
 *
 * Gold paragraphs are matched to the extracted text (findMainContent → buildTextMap) by their
 * whitespace-collapsed text, in reading order: a paragraph is kept when it appears whole, aligned
 * on line boundaries (or, for paragraphs of 25 characters or more, between word boundaries).
 *
 *   npx tsx tests/tools/eval-main-content.ts [--verbose]
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { findMainContent } from '@/utils/page/main-content';
import { buildTextMap } from '@/utils/page/text-map';
import { collapseSpace } from './dump-paragraphs';
import { readArticleGold, type GoldParagraph } from './gold';
import { loadHtmlFile } from './html-document';

const GOLD_DIR = resolve(import.meta.dirname, '../gold/articles');
const PAGES_DIR = resolve(import.meta.dirname, '../fixtures/pages/ar_news');

export interface ContentScore {
  bodyChars: number;
  bodyKept: number;
  otherChars: number;
  otherKept: number;
  /** Gold paragraphs, each with whether the extraction kept it. */
  paragraphs: Array<{ gold: GoldParagraph; kept: boolean }>;
}

interface Lines {
  text: string;
  starts: number[];
  used: boolean[];
}

function lineAt(lines: Lines, offset: number): number {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((lines.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Finds `t` in the lines at or after `from`, aligned as the module comment says and over lines
 * no earlier paragraph took (each line of the extraction matches one gold paragraph at most).
 */
function findAligned(lines: Lines, t: string, from: number): { at: number; first: number; last: number } | null {
  const { text, starts } = lines;
  for (let at = text.indexOf(t, from); at >= 0; at = text.indexOf(t, at + 1)) {
    const end = at + t.length;
    const first = lineAt(lines, at);
    const last = lineAt(lines, end - 1);
    if (lines.used.slice(first, last + 1).some(Boolean)) continue;
    const aligned = starts[first] === at && (last + 1 === starts.length ? text.length : (starts[last + 1] as number) - 1) === end;
    const words = (at === 0 || text[at - 1] === ' ') && (end === text.length || text[end] === ' ');
    if (aligned || (t.length >= 25 && words)) return { at, first, last };
  }
  return null;
}

/** Scores an extracted text against one article's gold paragraphs. */
export function scoreExtraction(extracted: string, golds: GoldParagraph[]): ContentScore {
  const split = extracted.split('\n').map(collapseSpace).filter(Boolean);
  const starts: number[] = [];
  let offset = 0;
  for (const line of split) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const lines: Lines = { text: split.join(' '), starts, used: split.map(() => false) };
  const score: ContentScore = { bodyChars: 0, bodyKept: 0, otherChars: 0, otherKept: 0, paragraphs: [] };
  let cursor = 0;
  for (const gold of golds.filter((g) => collapseSpace(g.text).length > 0)) {
    const t = collapseSpace(gold.text);
    const hit = findAligned(lines, t, cursor) ?? findAligned(lines, t, 0);
    if (hit) {
      cursor = hit.at + t.length;
      for (let i = hit.first; i <= hit.last; i++) lines.used[i] = true;
    }
    const kept = hit !== null;
    if (gold.body) {
      score.bodyChars += t.length;
      if (kept) score.bodyKept += t.length;
    } else {
      score.otherChars += t.length;
      if (kept) score.otherKept += t.length;
    }
    score.paragraphs.push({ gold, kept });
  }
  return score;
}

const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : '-');

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const files = existsSync(GOLD_DIR) ? readdirSync(GOLD_DIR).filter((f) => f.endsWith('.tsv')).sort() : [];
  if (files.length === 0) {
    process.stderr.write(`no gold files in ${GOLD_DIR}\n`);
    process.exit(1);
  }
  const total = { bodyChars: 0, bodyKept: 0, otherChars: 0, otherKept: 0 };
  const macro = { body: 0, other: 0 };
  process.stdout.write(`${'article'.padEnd(34)}${'B kept'.padStart(10)}${'N let in'.padStart(10)}   B chars   N chars\n`);
  for (const file of files) {
    const name = basename(file, '.tsv');
    const page = `${PAGES_DIR}/${name}.html`;
    if (!existsSync(page)) {
      process.stdout.write(`${name.padEnd(34)}  (no fixture page)\n`);
      continue;
    }
    const { doc } = loadHtmlFile(page);
    const s = scoreExtraction(buildTextMap(findMainContent(doc)).text, readArticleGold(`${GOLD_DIR}/${file}`));
    process.stdout.write(`${name.padEnd(34)}${pct(s.bodyKept, s.bodyChars).padStart(10)}${pct(s.otherKept, s.otherChars).padStart(10)}${String(s.bodyChars).padStart(10)}${String(s.otherChars).padStart(10)}\n`);
    if (verbose) {
      for (const { gold, kept } of s.paragraphs) {
        if (kept !== gold.body) process.stdout.write(`    ${gold.body ? 'lost B' : 'kept N'} [${gold.i}] ${collapseSpace(gold.text).slice(0, 90)}\n`);
      }
    }
    for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += s[k];
    macro.body += s.bodyChars ? s.bodyKept / s.bodyChars : 0;
    macro.other += s.otherChars ? s.otherKept / s.otherChars : 0;
  }
  process.stdout.write(`${'overall (characters)'.padEnd(34)}${pct(total.bodyKept, total.bodyChars).padStart(10)}${pct(total.otherKept, total.otherChars).padStart(10)}${String(total.bodyChars).padStart(10)}${String(total.otherChars).padStart(10)}\n`);
  process.stdout.write(`${'mean of articles'.padEnd(34)}${pct(macro.body, files.length).padStart(10)}${pct(macro.other, files.length).padStart(10)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
