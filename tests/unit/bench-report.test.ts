import { describe, expect, it } from 'vitest';
import type { BrowserSection, PageMeasure } from '../tools/bench-browser-section';
import { buildResult, judgeTargets, type Machine, type Measurements } from '../tools/bench-report';
import { summarize } from '../tools/bench-stats';
import { renderTable } from '../tools/bench-table';

const machine: Machine = { cpu: 'Test CPU', cores: 2, memoryGB: 8, node: 'v20.0.0', chromium: '156.0', date: '2026-01-01T00:00:00.000Z', quick: true, loadAverage: [1, 2, 3] };
const s = (...xs: number[]) => summarize(xs);

function page(name: string, annotate: number[], longest: number[]): PageMeasure {
  return {
    name,
    words: 800,
    annotate: s(...annotate),
    breakdown: { gate: 1, load: 5, detect: 2, textMap: 1, analyse: 10, paint: 1 },
    longestTask: s(...longest),
    longestTaskMax: Math.max(...longest),
    anchors: ['paint'],
    textWalk: s(0.4, 0.5, 0.6),
    markjs: s(3, 4, 5),
    surfaces: 12,
    markjsMarks: 20,
    error: null,
  };
}

function measurements(over: Partial<{ tagger: number; annotate: number; bigLongest: number; gate: number; per1000: number; taggerPer1000: number }> = {}): Measurements {
  const browser: BrowserSection = {
    chromium: '156.0',
    articles: [page('01_a', [0, 2, 4].map((d) => (over.annotate ?? 30) + d), [0, 0, 0]), page('02_b', [40, 42, 44], [0, 60, 0])],
    bigPage: { ...page('generated', [900, 950, 1000], [0, 5, 8].map((d) => (over.bigLongest ?? 40) + d)), generatedWords: 100_000, words: 99_000 },
    nonArabicPage: { gate: s(over.gate ?? 0.4), gateCpu: s(0.3), gateWarm: s(0.1), bytes: 16_000, gzipBytes: 5_000, annotatorRequested: false, highlights: 0, controlAnnotatorRequested: true },
  };
  return {
    nlp: {
      speed: {
        articles: 10, tokens: 5_000, words: 4_500,
        analyse: s(100_000, 110_000), tagger: s(over.tagger ?? 250_000), taggerNote: null, floor: s(2e6),
        cpu: { analyse: s(120_000), tagger: s(300_000), floor: s(3e6) },
        msPerArticleMedian: 0.5, msPerArticleP95: 3, msPer1000Words: over.per1000 ? s(over.per1000) : s(4, 4.2), taggerMsPer1000Words: s(over.taggerPer1000 ?? 2.5), medianArticleWords: 300, failures: [],
      },
      load: { loadMs: s(80, 90), importMs: s(50), modelMs: s(20), firstCallMs: s(10), cpuMs: s(70), heapMB: s(20), baseHeapMB: s(3), bundleBytes: 1000, note: null },
    },
    browser,
    popup: { historyPages: 10_000, mentions: 200_000, firstViewMs: 120, searchMs: 70 },
    sizes: { 'content-scripts/content.js': { bytes: 16_000, gzipBytes: 5_000 } },
    machine,
    notes: [],
  };
}

describe('buildResult', () => {
  it('keeps the field names other tools read', () => {
    const r = JSON.parse(JSON.stringify(buildResult(measurements())));
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['nlp', 'browser', 'popup', 'sizes', 'machine', 'targets']));
    expect(Object.keys(r.nlp)).toEqual(expect.arrayContaining(['tokensPerSecond', 'taggerTokensPerSecond', 'floorTokensPerSecond', 'msPerArticleMedian', 'msPerArticleP95', 'loadMs', 'heapMB']));
    for (const a of r.browser.articles) expect(Object.keys(a)).toEqual(expect.arrayContaining(['name', 'words', 'annotateMs', 'textWalkMs', 'markjsMs', 'longestTaskMs']));
    expect(Object.keys(r.browser.bigPage)).toEqual(expect.arrayContaining(['words', 'annotateMs', 'textWalkMs', 'markjsMs', 'longestTaskMs']));
    expect(Object.keys(r.browser.nonArabicPage)).toEqual(expect.arrayContaining(['ms', 'bytes']));
    expect(Object.keys(r.popup)).toEqual(expect.arrayContaining(['historyPages', 'firstViewMs', 'searchMs']));
    expect(r.sizes['content-scripts/content.js']).toEqual({ bytes: 16_000, gzipBytes: 5_000 });
    expect(Object.keys(r.machine)).toEqual(expect.arrayContaining(['cpu', 'cores', 'memoryGB', 'node', 'chromium', 'date', 'quick', 'loadAverage']));
  });

  it('reports medians with their p10–p90 spread', () => {
    const r = buildResult(measurements());
    const first = r.browser?.articles[0] as Record<string, unknown>;
    expect(first.annotateMs).toBe(32);
    expect(first.annotateMsSpread).toEqual([30.4, 33.6]);
    expect(r.browser?.bigPage?.words).toBe(99_000);
  });

  it('turns a section that was not measured into null, and its targets into "not measured"', () => {
    const m = { ...measurements(), nlp: null, browser: null, popup: null, sizes: null };
    const r = buildResult(m);
    expect([r.nlp, r.browser, r.popup, r.sizes]).toEqual([null, null, null, null]);
    expect(Object.values(r.targets).every((t) => t.met === null && t.value === null)).toBe(true);
    expect(JSON.stringify(r)).not.toMatch(/NaN|undefined/);
  });
});

describe('judgeTargets', () => {
  it('judges each target on its median figure', () => {
    const t = judgeTargets(measurements());
    expect(t.taggerSpeed?.met).toBe(true);
    expect(t.msPer1000Words?.met).toBe(true);
    expect(t.taggerMsPer1000Words?.value).toBe(2.5);
    expect(t.taggerMsPer1000Words?.met).toBe(true);
    expect(t.loadMs?.met).toBe(true);
    expect(t.annotateMs?.value).toBe(37);
    expect(t.annotateMs?.met).toBe(true);
    expect(t.bigPageLongestTask?.met).toBe(true);
    expect(t.nonArabicGate?.met).toBe(true);
    expect(t.popupFirstView?.met).toBe(true);
    expect(t.popupSearch?.met).toBe(false);
  });

  it.each([
    ['taggerSpeed', { tagger: 199_999 }],
    ['msPer1000Words', { per1000: 5 }],
    ['taggerMsPer1000Words', { taggerPer1000: 5.2 }],
    ['annotateMs', { annotate: 80 }],
    ['bigPageLongestTask', { bigLongest: 46 }],
    ['nonArabicGate', { gate: 1 }],
  ] as const)('misses %s past its limit', (key, over) => {
    expect(judgeTargets(measurements(over))[key]?.met).toBe(false);
  });
});

describe('renderTable', () => {
  it('shows every section, the spread, and which targets were missed', () => {
    const text = renderTable(buildResult(measurements()));
    expect(text).toContain('Language core in Node');
    expect(text).toMatch(/01_a\s+800\s+32\.0 \(30\.4–33\.6\)/);
    expect(text).toContain('search 70.0 ms <= 50: MISSED');
    expect(text).toContain('first view 120.0 ms <= 150: met');
    expect(text).toContain('load average at start 1.00 2.00 3.00');
  });

  it('says "not measured" for a missing section', () => {
    const text = renderTable(buildResult({ ...measurements(), browser: null, popup: null }));
    expect(text).toMatch(/In Chromium[^\n]*\n {2}not measured/);
    expect(text).toMatch(/Popup\n {2}not measured/);
  });
});
