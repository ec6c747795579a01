/**
 * npm run eval:articles — mention-level precision, recall and F1 of people, countries and
 * demonyms on the hand-annotated fixture articles (tests/gold/articles/*.tsv), through the
 * command line's own path (`annotateBytes`: decode → DOM → main content → text map → analyse).
 *
 * A prediction is right when its span (original offsets) and type are exactly a gold mention's.
 * Gold paragraphs are found in the analysed text by their whitespace-collapsed text; a gold
 * paragraph the main-content finder left out loses its mentions (they count as missed). Only
 * predictions inside gold article paragraphs are scored; highlights elsewhere (text the gold
 * calls non-article) are counted apart.
 *
 *   npm run eval:articles [-- --verbose]
 */
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { findMainContent } from '@/utils/page/main-content';
import { buildTextMap } from '@/utils/page/text-map';
import type { EntityMention } from '@/utils/nlp/types';
import { annotateBytes } from './annotate';
import { collapseSpace } from './dump-paragraphs';
import { readArticleGold, type GoldParagraph } from './gold';
import { parseHtml } from './html-document';
import { decodePage, readPageBytes } from './read-page';

const GOLD_DIR = resolve(import.meta.dirname, '../gold/articles');
const PAGES_DIR = resolve(import.meta.dirname, '../fixtures/pages/ar_news');
const KINDS = ['person', 'country', 'demonym'] as const;
type Kind = (typeof KINDS)[number];

/** A text with its white space collapsed per line, and where each kept character came from. */
export function collapsedWithMap(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  for (const line of text.split('\n').reduce<Array<[string, number]>>((acc, l) => {
    const prev = acc[acc.length - 1];
    acc.push([l, prev ? prev[1] + prev[0].length + 1 : 0]);
    return acc;
  }, [])) {
    const [raw, base] = line;
    let pendingSpace = false;
    let lineOut = '';
    const lineFrom: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      if (/[\s\u00a0\u200b]/.test(raw[i] as string)) {
        pendingSpace = lineOut.length > 0;
        continue;
      }
      if (pendingSpace) {
        lineOut += ' ';
        lineFrom.push(base + i - 1);
        pendingSpace = false;
      }
      lineOut += raw[i];
      lineFrom.push(base + i);
    }
    if (!lineOut) continue;
    if (out) {
      out += '\n';
      from.push(-1);
    }
    out += lineOut;
    from.push(...lineFrom);
  }
  return { text: out, from };
}

const kindOf = (m: { type: string; demonym?: boolean }): Kind | null =>
  m.type === 'person' ? 'person' : m.type === 'country' ? (m.demonym ? 'demonym' : 'country') : null;

interface Counts { tp: number; fp: number; fn: number }
const zero = (): Record<Kind, Counts> => ({ person: { tp: 0, fp: 0, fn: 0 }, country: { tp: 0, fp: 0, fn: 0 }, demonym: { tp: 0, fp: 0, fn: 0 } });

/** Scores one article: gold paragraphs located in the analysed text, mentions compared exactly. */
export function scoreArticle(text: string, entities: readonly EntityMention[], golds: readonly GoldParagraph[]) {
  const counts = zero();
  const collapsed = collapsedWithMap(text);
  const regions: Array<[number, number]> = [];
  const gold = new Map<string, Kind>();
  let lost = 0;
  let cursor = 0;
  for (const p of golds.filter((g) => g.body)) {
    const t = collapseSpace(p.text);
    let at = collapsed.text.indexOf(t, cursor);
    if (at < 0) at = collapsed.text.indexOf(t);
    // A paragraph the page repeats must be found again, not matched to its first copy twice.
    while (at >= 0 && regions.some(([s]) => s === collapsed.from[at])) at = collapsed.text.indexOf(t, at + 1);
    if (at < 0 || !t) {
      lost += p.mentions.length;
      for (const m of p.mentions) counts[kindOf(m) as Kind].fn++;
      continue;
    }
    cursor = at + t.length;
    regions.push([collapsed.from[at] as number, (collapsed.from[at + t.length - 1] as number) + 1]);
    for (const m of p.mentions) {
      // Gold offsets are in the collapsed paragraph text (dump-paragraphs collapses it too).
      const start = collapsed.from[at + m.start] as number;
      const end = (collapsed.from[at + m.end - 1] as number) + 1;
      gold.set(`${start}:${end}`, kindOf(m) as Kind);
    }
  }
  const inArticle = (e: EntityMention) => regions.some(([s, t]) => e.start >= s && e.end <= t);
  let outside = 0;
  const errors: string[] = [];
  for (const e of entities) {
    const kind = kindOf(e);
    if (!kind) continue;
    if (!inArticle(e)) {
      outside++;
      continue;
    }
    const key = `${e.start}:${e.end}`;
    if (gold.get(key) === kind) {
      counts[kind].tp++;
      gold.delete(key);
    } else {
      counts[kind].fp++;
      errors.push(`  FP ${kind} «${e.text}»${gold.has(key) ? ` (gold: ${gold.get(key)})` : ''}`);
    }
  }
  for (const [key, kind] of gold) {
    counts[kind].fn++;
    const [s, t] = key.split(':').map(Number) as [number, number];
    errors.push(`  FN ${kind} «${text.slice(s, t)}»`);
  }
  return { counts, outside, lost, errors };
}

const f = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const sum = (...cs: Counts[]): Counts => cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
const row = (label: string, c: Counts) => {
  const { p, r, f1 } = f(c);
  return `${label.padEnd(22)} gold ${String(c.tp + c.fn).padStart(4)}  found ${String(c.tp + c.fp).padStart(4)}  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}`;
};

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const total = zero();
  let outside = 0;
  let lost = 0;
  const files = readdirSync(GOLD_DIR).filter((n) => n.endsWith('.tsv')).sort();
  for (const name of files) {
    const page = resolve(PAGES_DIR, `${basename(name, '.tsv')}.html`);
    const bytes = readPageBytes(page);
    const out = await annotateBytes(page, bytes);
    // The analysed text, rebuilt by the same steps annotateBytes takes.
    const text = buildTextMap(findMainContent(parseHtml(decodePage(bytes, { html: true }).text))).text;
    for (const e of out.entities) if (text.slice(e.start, e.end) !== e.text) throw new Error(`${name}: analysed text differs from annotate's`);
    const s = scoreArticle(text, out.entities, readArticleGold(resolve(GOLD_DIR, name)));
    for (const k of KINDS) total[k] = sum(total[k], s.counts[k]);
    outside += s.outside;
    lost += s.lost;
    const all = sum(...KINDS.map((k) => s.counts[k]));
    process.stdout.write(`${row(basename(name, '.tsv').slice(0, 22), all)}${s.outside ? `  (+${s.outside} outside article text)` : ''}\n`);
    if (verbose) for (const e of s.errors) process.stdout.write(`${e}\n`);
  }
  process.stdout.write(`\nmention-level, exact span and type, ${files.length} articles (npm run eval:articles)\n`);
  process.stdout.write(`${row('people', total.person)}\n${row('countries', total.country)}\n${row('demonyms', total.demonym)}\n`);
  process.stdout.write(`${row('countries + demonyms', sum(total.country, total.demonym))}\n${row('all', sum(total.person, total.country, total.demonym))}\n`);
  process.stdout.write(`gold mentions in paragraphs the main-content finder left out: ${lost}; highlights outside gold article text: ${outside}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    process.stderr.write(`eval:articles: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
