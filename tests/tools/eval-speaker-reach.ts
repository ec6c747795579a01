/**
 * How far choosing among the page's people could take speaker accuracy, on the quotation gold's
 * dev split (the test split is never read here): of the dev quotations found with a wrong speaker,
 * how many have the right one among the person entities named near the quotation (`--before`
 * characters before it, 800 by default, and `--after` after it, 200), and of what kind the gold
 * speakers of the others are (a person, an organisation, a group, a document).
 *
 *   npx tsx tests/tools/eval-speaker-reach.ts [--before=800] [--after=200]
 */
import { analyse } from '../../utils/nlp/pipeline';
import type { Quotation } from '../../utils/nlp/types';
import { locateQuoteItem, quoteGoldTexts, readQuoteGold } from './quotes-gold-read';
import { sameSpeaker } from './quotes-speaker-match';

/** A found quotation is the gold one at this character Jaccard or above (as eval-quotes). */
const MIN_JACCARD = 0.8;

const numberArg = (name: string, fallback: number): number => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const n = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number of characters: ${arg}`);
  return n;
};

function main(): void {
  const before = numberArg('before', 800);
  const after = numberArg('after', 200);
  const docs = readQuoteGold().filter((d) => d.split === 'dev');
  const texts = quoteGoldTexts(docs);
  let matched = 0, right = 0, reachable = 0;
  const wrongByKind = new Map<string, number>();
  for (const d of docs) {
    const text = texts.get(d.doc) as string;
    const { entities, quotes } = analyse(text);
    const persons = entities.filter((e) => e.type === 'person');
    const used = new Set<Quotation>();
    for (const item of d.items) {
      if (!item.isQuotation) continue;
      const at = locateQuoteItem(text, item);
      if (!at) throw new Error(`${d.doc}: gold quote not found: ${item.quote.slice(0, 60)}`);
      const jaccard = (q: Quotation) => Math.max(0, Math.min(q.end, at.end) - Math.max(q.start, at.start)) / (Math.max(q.end, at.end) - Math.min(q.start, at.start));
      const q = quotes.filter((x) => !used.has(x) && jaccard(x) >= MIN_JACCARD).sort((a, b) => jaccard(b) - jaccard(a))[0];
      if (!q) continue;
      used.add(q);
      matched++;
      if (sameSpeaker(q.speaker, item.speaker)) { right++; continue; }
      const near = persons.filter((p) => p.end > at.start - before && p.start < at.end + after && !(p.start >= at.start && p.end <= at.end));
      if (near.some((p) => sameSpeaker(p.name, item.speaker))) reachable++;
      const kind = item.speakerKind ?? 'none';
      wrongByKind.set(kind, (wrongByKind.get(kind) ?? 0) + 1);
    }
  }
  const wrong = matched - right;
  const ratio = (n: number) => (n / matched).toFixed(3);
  process.stdout.write(`dev: ${matched} quotations found, speaker right ${right} (${ratio(right)}), wrong ${wrong}\n`);
  process.stdout.write(`wrong, with the right speaker among the people named ${before} characters before to ${after} after: ${reachable}; a perfect choice among them: ${right + reachable} (${ratio(right + reachable)})\n`);
  process.stdout.write(`wrong, by the gold speaker's kind: ${[...wrongByKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
}

main();
