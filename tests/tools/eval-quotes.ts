/**
 * npm run eval:quotes — scores detectQuotes against the quotation gold (tests/gold/quotes),
 * per split (dev, test) and overall. Speakers are linked with the person entities of
 * analyse() when the pipeline recognises people, and scored as phrases otherwise.
 *
 *   npx tsx tests/tools/eval-quotes.ts [--errors]     (--errors lists the dev split's mistakes only)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { foldArabic } from '../../utils/nlp/normalize';
import { analyse } from '../../utils/nlp/pipeline';
import { detectQuotes } from '../../utils/nlp/quotes';
import type { Quotation } from '../../utils/nlp/types';
import { dumpParagraphs } from './dump-paragraphs';
import { loadSaudiNewsNet, type NewsArticle } from './saudinewsnet';

const ROOT = resolve(import.meta.dirname, '../..');
const GOLD_DIR = join(ROOT, 'tests/gold/quotes');
const PAGES = join(ROOT, 'tests/fixtures/pages');
/** A predicted quotation matches a gold one at this character Jaccard or above. */
const MIN_JACCARD = 0.8;

interface GoldItem { quote: string; occurrence: number; open: string; close: string; isQuotation: boolean; speaker: string | null }
interface GoldDoc { doc: string; split: 'dev' | 'test'; paragraphs?: number[]; items: GoldItem[] }
interface Span { start: number; end: number; speaker: string | null }

function readGold(): GoldDoc[] {
  if (!existsSync(GOLD_DIR)) return [];
  return readdirSync(GOLD_DIR).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) =>
    readFileSync(join(GOLD_DIR, f), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => JSON.parse(l) as GoldDoc));
}

function findPage(name: string): string {
  for (const dir of readdirSync(PAGES, { withFileTypes: true })) {
    const path = join(PAGES, dir.name, `${name}.html`);
    if (dir.isDirectory() && existsSync(path)) return path;
  }
  throw new Error(`no fixture page ${name}`);
}

let snn: NewsArticle[] | null = null;

/** The document text the gold was written on: a SaudiNewsNet article, or the chosen paragraphs of a fixture. */
function documentText(d: GoldDoc): string {
  const [kind, id] = [d.doc.slice(0, d.doc.indexOf(':')), d.doc.slice(d.doc.indexOf(':') + 1)];
  if (kind === 'snn') {
    snn ??= loadSaudiNewsNet();
    const a = snn[Number(id)];
    if (!a) throw new Error(`${d.doc}: no such article`);
    return a.content;
  }
  if (kind === 'fixture') {
    const paragraphs = dumpParagraphs(readFileSync(findPage(id), 'utf8'));
    return (d.paragraphs ?? []).map((i) => paragraphs[i]?.text ?? '').join('\n');
  }
  throw new Error(`${d.doc}: unknown document kind`);
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return [start, end];
}

/** The gold quotations of a document as spans: the n-th occurrence of mark + quote + mark. */
function goldSpans(d: GoldDoc, text: string): Span[] {
  const out: Span[] = [];
  for (const item of d.items) {
    if (!item.isQuotation) continue;
    let at = -1;
    let needle = `${item.open}${item.quote}${item.close}`;
    for (let n = 0, from = 0; n < item.occurrence; n++, from = at + 1) at = text.indexOf(needle, from);
    let skip = item.open.length;
    if (at < 0) {
      needle = item.quote;
      skip = 0;
      for (let n = 0, from = 0; n < item.occurrence; n++, from = at + 1) at = text.indexOf(needle, from);
    }
    if (at < 0) throw new Error(`${d.doc}: gold quote not found: ${item.quote.slice(0, 60)}`);
    const [start, end] = trimmed(text, at + skip, at + skip + item.quote.length);
    out.push({ start, end, speaker: item.speaker });
  }
  return out;
}

function jaccard(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

const tokensOf = (s: string) => foldArabic(s).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

function containsRun(outer: string[], inner: string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((t, k) => outer[i + k] === t)) return true;
  return false;
}

/** Speaker agreement: both null, folded texts equal, or one's folded words are a contiguous run of the other's. */
function sameSpeaker(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const p = tokensOf(predicted);
  const g = tokensOf(gold);
  if (p.length === 0 || g.length === 0) return p.length === g.length;
  return p.join(' ') === g.join(' ') || containsRun(p, g) || containsRun(g, p);
}

interface Tally { predicted: number; gold: number; matched: number; speakerRight: number; docs: number }

function score(text: string, gold: Span[], predicted: Quotation[], errors: string[] | null, doc: string): Tally {
  const t: Tally = { predicted: predicted.length, gold: gold.length, matched: 0, speakerRight: 0, docs: 1 };
  const used = new Set<number>();
  const show = (s: { start: number; end: number }) => JSON.stringify(text.slice(s.start, s.end).slice(0, 90));
  for (const g of gold) {
    let best = -1;
    let bestJ = 0;
    predicted.forEach((p, k) => {
      const j = jaccard(p, g);
      if (!used.has(k) && j > bestJ) { best = k; bestJ = j; }
    });
    if (best >= 0 && bestJ >= MIN_JACCARD) {
      used.add(best);
      t.matched++;
      const p = predicted[best] as Quotation;
      if (sameSpeaker(p.speaker, g.speaker)) t.speakerRight++;
      else errors?.push(`${doc}  SPEAKER  predicted ${JSON.stringify(p.speaker)}  gold ${JSON.stringify(g.speaker)}  ${show(g)}`);
    } else errors?.push(`${doc}  MISSED   ${show(g)}${best >= 0 ? `  (best overlap ${bestJ.toFixed(2)}: ${show(predicted[best] as Quotation)})` : ''}`);
  }
  predicted.forEach((p, k) => {
    if (!used.has(k)) errors?.push(`${doc}  SPURIOUS ${show(p)}  speaker ${JSON.stringify(p.speaker)}`);
  });
  return t;
}

function add(a: Tally, b: Tally): Tally {
  return { predicted: a.predicted + b.predicted, gold: a.gold + b.gold, matched: a.matched + b.matched, speakerRight: a.speakerRight + b.speakerRight, docs: a.docs + b.docs };
}

function line(name: string, t: Tally): string {
  const ratio = (n: number, d: number) => (d === 0 ? '  n/a' : (n / d).toFixed(3));
  return `${name.padEnd(8)} docs ${String(t.docs).padStart(3)}  gold ${String(t.gold).padStart(4)}  predicted ${String(t.predicted).padStart(4)}  matched ${String(t.matched).padStart(4)}  ` +
    `P ${ratio(t.matched, t.predicted)}  R ${ratio(t.matched, t.gold)}  speaker ${ratio(t.speakerRight, t.matched)} (${t.speakerRight}/${t.matched})`;
}

function main(): void {
  const docs = readGold();
  const showErrors = process.argv.includes('--errors');
  const zero: Tally = { predicted: 0, gold: 0, matched: 0, speakerRight: 0, docs: 0 };
  const bySplit: Record<string, Tally> = { dev: { ...zero }, test: { ...zero } };
  const errors: string[] = [];
  let withPeople = 0;
  for (const d of docs) {
    const text = documentText(d);
    const { entities } = analyse(text);
    if (entities.some((e) => e.type === 'person')) withPeople++;
    const predicted = detectQuotes(text, entities);
    // Only the dev split's mistakes are ever shown: the test split is for measuring.
    const t = score(text, goldSpans(d, text), predicted, showErrors && d.split === 'dev' ? errors : null, d.doc);
    bySplit[d.split] = add(bySplit[d.split] ?? { ...zero }, t);
  }
  process.stdout.write(`quotation gold: ${docs.length} documents (${withPeople} with person entities from analyse())\n`);
  process.stdout.write(`match: a predicted quotation matches a gold one when the character Jaccard of their spans (marks excluded, spaces trimmed) is >= ${MIN_JACCARD}; one-to-one, best overlap first per gold quotation\n`);
  process.stdout.write('speaker: right when both are null, or the folded texts (foldArabic, punctuation dropped) are equal, or the words of one are a contiguous run of the words of the other (الوزير سامح شكري ~ سامح شكري); scored over matched quotations\n');
  for (const split of ['dev', 'test']) process.stdout.write(`${line(split, bySplit[split] as Tally)}\n`);
  process.stdout.write(`${line('overall', add(bySplit.dev as Tally, bySplit.test as Tally))}\n`);
  if (showErrors) for (const e of errors) process.stdout.write(`${e}\n`);
}

main();
