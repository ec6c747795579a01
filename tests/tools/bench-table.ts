/** The readable table of `npm run bench`, drawn from the same object `--json` prints. */
import type { BenchResult, Target } from './bench-report';

type Cell = string | number | null | undefined;

const fmt = (x: Cell, digits = 1): string => {
  if (x === null || x === undefined) return '—';
  if (typeof x === 'string') return x;
  return Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en') : x.toFixed(digits);
};
const withSpread = (v: Cell, s: unknown, digits = 1): string => {
  const pair = Array.isArray(s) ? (s as Cell[]) : null;
  return pair ? `${fmt(v, digits)} (${fmt(pair[0], digits)}–${fmt(pair[1], digits)})` : fmt(v, digits);
};
const verdict = (t: Target | undefined): string => (!t ? '' : t.met === null ? `${t.op} ${fmt(t.limit, 0)}: not measured` : `${t.op} ${fmt(t.limit, t.limit < 1 ? 2 : 0)}: ${t.met ? 'met' : 'MISSED'}`);

/** Lays out rows as columns padded to the widest cell. */
export function columns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((row) => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd()).join('\n');
}

/** The whole report as text: one block per section, targets beside their figures. */
export function renderTable(r: BenchResult): string {
  const out: string[] = [];
  const m = r.machine;
  const T = r.targets;
  out.push(`Hamish benchmark${m.quick ? ' (--quick)' : ''} — ${m.date}`);
  out.push(`${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, Chromium ${m.chromium ?? '—'}, load average at start ${m.loadAverage.map((x) => x.toFixed(2)).join(' ')}`);
  out.push('Figures are medians over runs; (a–b) is the p10–p90 spread over those runs.\n');

  const n = r.nlp;
  out.push('Language core in Node');
  if (!n) out.push('  not measured');
  else {
    out.push(columns([
      ['  figure', 'value', 'target'],
      ['  analyse() tokens/s', withSpread(n.tokensPerSecond as Cell, n.tokensPerSecondSpread), ''],
      ['  tagger alone tokens/s', withSpread(n.taggerTokensPerSecond as Cell, n.taggerTokensPerSecondSpread), verdict(T.taggerSpeed)],
      ['  floor (tokenize only) tokens/s', withSpread(n.floorTokensPerSecond as Cell, n.floorTokensPerSecondSpread), ''],
      ['  analyse() ms per 1,000 words', withSpread(n.msPer1000Words as Cell, n.msPer1000WordsSpread, 2), verdict(T.msPer1000Words)],
      ['  of which the name tagger (findNamedSpans)', withSpread(n.taggerMsPer1000Words as Cell, n.taggerMsPer1000WordsSpread, 2), verdict(T.taggerMsPer1000Words)],
      ['  analyse() ms per article: median / p95', `${fmt(n.msPerArticleMedian as Cell, 2)} / ${fmt(n.msPerArticleP95 as Cell, 2)} (median article ${fmt(n.medianArticleWords as Cell, 0)} words)`, ''],
      ['  load ms (import + model + first call)', `${withSpread(n.loadMs as Cell, n.loadMsSpread)} = ${Object.values(n.loadBreakdownMs as Record<string, Cell>).map((x) => fmt(x)).join(' + ')}; CPU ${fmt(n.loadCpuMs as Cell)}`, verdict(T.loadMs)],
      ['  heap after load, MB', `${withSpread(n.heapMB as Cell, n.heapMBSpread, 2)} (bare process ${fmt(n.baseHeapMB as Cell, 2)})`, ''],
    ]));
    const cpu = n.cpuTokensPerSecond as Record<string, Cell>;
    out.push(`  tokens/s over CPU time instead of wall time: analyse ${fmt(cpu.analyse, 0)}, tagger ${fmt(cpu.tagger, 0)}, floor ${fmt(cpu.floor, 0)}`);
    out.push(`  ${fmt(n.articles as Cell, 0)} SaudiNewsNet articles, ${fmt(n.tokens as Cell, 0)} tokens, ${n.passes} passes; load: ${n.loadRuns} fresh processes`);
  }

  const b = r.browser;
  out.push('\nIn Chromium with the built extension (ms)');
  if (!b) out.push('  not measured');
  else {
    const rows: string[][] = [['  page', 'words', 'annotate', 'gate/load/detect/textMap/analyse/paint', 'textWalk', 'mark.js', 'longest task']];
    for (const p of [...b.articles, ...(b.bigPage ? [b.bigPage] : [])]) {
      const bd = p.breakdownMs as Record<string, Cell> | null;
      rows.push([
        `  ${p.name as string}`,
        fmt(p.words as Cell, 0),
        withSpread(p.annotateMs as Cell, p.annotateMsSpread),
        bd ? Object.values(bd).map((x) => fmt(x)).join('/') : '—',
        withSpread(p.textWalkMs as Cell, p.textWalkMsSpread, 2),
        withSpread(p.markjsMs as Cell, p.markjsMsSpread),
        `${withSpread(p.longestTaskMs as Cell, p.longestTaskMsSpread, 0)} max ${fmt(p.longestTaskMsMax as Cell, 0)}`,
      ]);
    }
    out.push(columns(rows));
    for (const p of [...b.articles, ...(b.bigPage ? [b.bigPage] : [])]) if (p.error) out.push(`  ! ${p.name as string}: ${p.error as string}`);
    out.push(`  annotate target: ${verdict(T.annotateMs)} (median over articles ${fmt(T.annotateMs?.value)}); big page, no task over 50 ms: ${verdict(T.bigPageLongestTask)}`);
    const na = b.nonArabicPage;
    if (na) {
      out.push(`  non-Arabic page: gate ${withSpread(na.ms as Cell, na.msSpread, 3)} ms cold (CPU ${fmt(na.msCpu as Cell, 3)}, warm ${fmt(na.msWarm as Cell, 3)}) ${verdict(T.nonArabicGate)}; ` +
        `content script ${fmt(na.bytes as Cell, 0)} bytes (${fmt(na.gzipBytes as Cell, 0)} gzip); annotator loaded there: ${na.annotatorLoaded ? 'YES' : 'no'} ` +
        `(the same check sees it on an Arabic article: ${na.annotatorSeenOnArabicPage ? 'yes' : 'NO'}), highlights ${fmt(na.highlights as Cell, 0)}`);
    }
  }

  out.push('\nPopup');
  const p = r.popup;
  if (!p) out.push('  not measured');
  else out.push(`  history of ${fmt(p.historyPages, 0)} pages, ${fmt(p.mentions, 0)} mentions: first view ${fmt(p.firstViewMs)} ms ${verdict(T.popupFirstView)}; search ${fmt(p.searchMs)} ms ${verdict(T.popupSearch)}`);

  out.push('\nSizes of .output/chrome-mv3 (bytes, gzip -9)');
  if (!r.sizes) out.push('  not measured');
  else {
    const rows = Object.entries(r.sizes).map(([f, s]) => [`  ${f}`, fmt(s.bytes, 0), fmt(s.gzipBytes, 0)]);
    const total = Object.values(r.sizes).reduce<[number, number]>((a, s) => [a[0] + s.bytes, a[1] + s.gzipBytes], [0, 0]);
    out.push(columns([['  file', 'bytes', 'gzip'], ...rows, ['  total', fmt(total[0], 0), fmt(total[1], 0)]]));
  }
  if (r.notes.length) out.push(`\nNotes\n${r.notes.map((x) => `  - ${x}`).join('\n')}`);
  return `${out.join('\n')}\n`;
}
