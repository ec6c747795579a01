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
import { quoteGoldTexts, readQuoteGold } from './quotes-gold-read';
import { MIN_JACCARD, bestOverlap, goldSpans, sameSpeaker } from './quotes-match';

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
    // Matched as eval-quotes matches them: one to one, best overlap first.
    const used = new Set<number>();
    for (const g of goldSpans(d, text)) {
      const { k, j } = bestOverlap(quotes, g, used);
      if (j < MIN_JACCARD) continue;
      used.add(k);
      matched++;
      const q = quotes[k]!;
      if (sameSpeaker(q.speaker, g.speaker)) { right++; continue; }
      const near = persons.filter((p) => p.end > g.start - before && p.start < g.end + after && !(p.start >= g.start && p.end <= g.end));
      if (near.some((p) => sameSpeaker(p.name, g.speaker))) reachable++;
      const kind = g.kind ?? 'none';
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
