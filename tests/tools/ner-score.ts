/**
 * Span scoring with the rules of conlleval: a chunk is a maximal run B-X I-X … (an I-X after O
 * or after another type also opens a chunk), and a predicted chunk counts only when its start,
 * end and type all match a gold chunk.
 */

/** A chunk [start, end) of token indices with its type. */
export interface Chunk { start: number; end: number; type: string }

/** Chunks of a BIO tag sequence, conlleval style. */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const type = tag === 'O' ? '' : tag.slice(2);
    const continues = cur !== null && prefix === 'I' && type === cur.type;
    if (cur && !continues) { cur.end = i; out.push(cur); cur = null; }
    if (!cur && prefix !== 'O') cur = { start: i, end: i + 1, type };
  }
  return out;
}

/** Counts per type: true positives, predicted chunks, gold chunks. */
export interface Counts { tp: number; pred: number; gold: number }

/** Accumulates chunk counts for one sentence into `acc` (keyed by type and by 'ALL'). */
export function addCounts(acc: Map<string, Counts>, gold: readonly string[], pred: readonly string[]): void {
  const g = chunksOf(gold);
  const p = chunksOf(pred);
  const key = (c: Chunk) => `${c.start}:${c.end}:${c.type}`;
  const goldKeys = new Set(g.map(key));
  const get = (t: string) => {
    let c = acc.get(t);
    if (!c) acc.set(t, (c = { tp: 0, pred: 0, gold: 0 }));
    return c;
  };
  for (const c of g) { get(c.type).gold++; get('ALL').gold++; }
  for (const c of p) {
    get(c.type).pred++;
    get('ALL').pred++;
    if (goldKeys.has(key(c))) { get(c.type).tp++; get('ALL').tp++; }
  }
}

/** Precision, recall and F1 in percent. */
export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.pred ? (100 * c.tp) / c.pred : 0;
  const r = c.gold ? (100 * c.tp) / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Scores whole corpora (gold and predicted tag sequences per sentence). */
export function scoreSentences(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Map<string, Counts> {
  const acc = new Map<string, Counts>();
  for (let i = 0; i < gold.length; i++) addCounts(acc, gold[i]!, pred[i]!);
  return acc;
}

/** A table: type, precision, recall, F1, gold and predicted chunk counts. */
export function formatScores(acc: Map<string, Counts>): string {
  const types = [...acc.keys()].filter((t) => t !== 'ALL').sort();
  const lines = ['type    precision  recall     F1   gold  pred'];
  for (const t of [...types, 'ALL']) {
    const c = acc.get(t) ?? { tp: 0, pred: 0, gold: 0 };
    const { p, r, f } = prf(c);
    lines.push(`${t.padEnd(6)} ${p.toFixed(2).padStart(10)} ${r.toFixed(2).padStart(7)} ${f.toFixed(2).padStart(6)} ${String(c.gold).padStart(6)} ${String(c.pred).padStart(5)}`);
  }
  return lines.join('\n');
}
