/**
 * The one result of `npm run bench`: measurements in, the JSON object (fixed field names) and
 * the targets it is judged by out. The table is drawn from this same object (bench-table.ts).
 */
import type { PopupFigures } from './bench-popup-section';
import type { BrowserSection, PageMeasure } from './bench-browser-section';
import type { NlpLoad } from './bench-nlp-load';
import type { NlpSpeed } from './bench-nlp';
import type { Sizes } from './bench-sizes';
import { median, round, roundSpread } from './bench-stats';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string | null;
  date: string;
  quick: boolean;
  /** os.loadavg() (1, 5, 15 minutes) when the run started. */
  loadAverage: [number, number, number];
}

export interface Target {
  label: string;
  value: number | null;
  limit: number;
  /** How the value compares with the limit. */
  op: '<' | '<=' | '>=';
  unit: string;
  met: boolean | null;
}

type Spread = [number | null, number | null] | null;

/** The JSON object `--json` prints: keep these field names; spreads are p10–p90 over runs. */
export interface BenchResult {
  nlp: Record<string, unknown> | null;
  browser: { articles: Array<Record<string, unknown>>; bigPage: Record<string, unknown> | null; nonArabicPage: Record<string, unknown> | null } | null;
  popup: PopupFigures | null;
  sizes: Sizes | null;
  targets: Record<string, Target>;
  machine: Machine;
  spreads: string;
  notes: string[];
}

export interface Measurements {
  nlp: { speed: NlpSpeed; load: NlpLoad } | null;
  browser: BrowserSection | null;
  popup: PopupFigures | null;
  sizes: Sizes | null;
  machine: Machine;
  notes: string[];
}

const r1 = (x: number | null | undefined) => round(x, 1);
const sp = (s: { spread: [number, number] } | null | undefined, digits = 2): Spread => roundSpread(s?.spread, digits);

/** One page's figures with the field names of the JSON object. */
export function pageFields(p: PageMeasure): Record<string, unknown> {
  return {
    name: p.name,
    words: p.words,
    annotateMs: r1(p.annotate?.median),
    annotateMsSpread: sp(p.annotate, 1),
    breakdownMs: p.breakdown ? Object.fromEntries(Object.entries(p.breakdown).map(([k, v]) => [k, r1(v)])) : null,
    textWalkMs: round(p.textWalk?.median),
    textWalkMsSpread: sp(p.textWalk),
    markjsMs: round(p.markjs?.median),
    markjsMsSpread: sp(p.markjs),
    markjsMarks: p.markjsMarks,
    surfaces: p.surfaces,
    longestTaskMs: r1(p.longestTask?.median),
    longestTaskMsSpread: sp(p.longestTask, 1),
    longestTaskMsMax: r1(p.longestTaskMax),
    longTaskWindow: p.anchors.join(', ') || null,
    runs: p.annotate?.runs ?? 0,
    error: p.error,
  };
}

function target(label: string, value: number | null, op: Target['op'], limit: number, unit: string): Target {
  const met = value === null ? null : op === '<' ? value < limit : op === '<=' ? value <= limit : value >= limit;
  return { label, value, limit, op, unit, met };
}

/** The targets of the brief, each judged on the median figure shown next to it. */
export function judgeTargets(m: Measurements): Record<string, Target> {
  const annotated = m.browser?.articles.map((a) => a.annotate?.median).filter((x): x is number => typeof x === 'number') ?? [];
  return {
    taggerSpeed: target('tagger tokens/s', round(m.nlp?.speed.tagger?.median ?? null, 0), '>=', 200_000, 'tokens/s'),
    msPer1000Words: target('analyse() per 1,000-word article', round(m.nlp?.speed.msPer1000Words.median ?? null), '<', 5, 'ms'),
    taggerMsPer1000Words: target('name tagger per 1,000-word article', round(m.nlp?.speed.taggerMsPer1000Words?.median ?? null), '<', 5, 'ms'),
    loadMs: target('model and gazetteer load', r1(m.nlp?.load.loadMs.median ?? null), '<', 100, 'ms'),
    annotateMs: target('annotate, median over fixture articles', annotated.length ? r1(median(annotated)) : null, '<=', 50, 'ms'),
    bigPageLongestTask: target('longest task, big page', r1(m.browser?.bigPage.longestTask?.median ?? null), '<=', 50, 'ms'),
    nonArabicGate: target('gate on a non-Arabic page', round(m.browser?.nonArabicPage.gate.median ?? null, 3), '<', 1, 'ms'),
    popupFirstView: target('popup first view', m.popup?.firstViewMs ?? null, '<=', 150, 'ms'),
    popupSearch: target('popup search', m.popup?.searchMs ?? null, '<=', 50, 'ms'),
  };
}

/** Assembles the JSON object from the measurements. */
export function buildResult(m: Measurements): BenchResult {
  const s = m.nlp?.speed;
  const l = m.nlp?.load;
  const b = m.browser;
  return {
    nlp: s && l ? {
      tokensPerSecond: round(s.analyse.median, 0),
      tokensPerSecondSpread: sp(s.analyse, 0),
      taggerTokensPerSecond: round(s.tagger?.median ?? null, 0),
      taggerTokensPerSecondSpread: sp(s.tagger, 0),
      floorTokensPerSecond: round(s.floor.median, 0),
      floorTokensPerSecondSpread: sp(s.floor, 0),
      cpuTokensPerSecond: { analyse: round(s.cpu.analyse.median, 0), tagger: round(s.cpu.tagger?.median ?? null, 0), floor: round(s.cpu.floor.median, 0) },
      msPerArticleMedian: round(s.msPerArticleMedian, 3),
      msPerArticleP95: round(s.msPerArticleP95, 3),
      msPer1000Words: round(s.msPer1000Words.median),
      msPer1000WordsSpread: sp(s.msPer1000Words),
      taggerMsPer1000Words: s.taggerMsPer1000Words ? round(s.taggerMsPer1000Words.median) : null,
      taggerMsPer1000WordsSpread: s.taggerMsPer1000Words ? sp(s.taggerMsPer1000Words) : null,
      loadMs: r1(l.loadMs.median),
      loadMsSpread: sp(l.loadMs, 1),
      loadBreakdownMs: { import: r1(l.importMs.median), model: r1(l.modelMs?.median ?? null), firstCall: r1(l.firstCallMs.median) },
      loadCpuMs: r1(l.cpuMs.median),
      heapMB: round(l.heapMB.median),
      heapMBSpread: sp(l.heapMB),
      baseHeapMB: round(l.baseHeapMB.median),
      bundleBytes: l.bundleBytes,
      articles: s.articles,
      tokens: s.tokens,
      words: s.words,
      medianArticleWords: s.medianArticleWords,
      passes: s.analyse.runs,
      loadRuns: l.loadMs.runs,
      failures: s.failures,
      taggerNote: s.taggerNote ?? l.note,
    } : null,
    browser: b ? {
      articles: b.articles.map(pageFields),
      bigPage: { ...pageFields(b.bigPage), words: b.bigPage.words ?? b.bigPage.generatedWords, generatedWords: b.bigPage.generatedWords },
      nonArabicPage: {
        ms: round(b.nonArabicPage.gate.median, 3),
        msSpread: sp(b.nonArabicPage.gate, 3),
        msCpu: round(b.nonArabicPage.gateCpu.median, 3),
        msWarm: round(b.nonArabicPage.gateWarm.median, 3),
        bytes: b.nonArabicPage.bytes,
        gzipBytes: b.nonArabicPage.gzipBytes,
        annotatorLoaded: b.nonArabicPage.annotatorRequested,
        highlights: b.nonArabicPage.highlights,
        annotatorSeenOnArabicPage: b.nonArabicPage.controlAnnotatorRequested,
      },
    } : null,
    popup: m.popup,
    sizes: m.sizes,
    targets: judgeTargets(m),
    machine: m.machine,
    spreads: 'every *Spread field is [p10, p90] over the runs whose median is shown',
    notes: m.notes,
  };
}
