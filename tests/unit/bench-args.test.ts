import { describe, expect, it } from 'vitest';
import { parseBenchArgs, planFor, SECTIONS } from '../tools/bench-args';

describe('parseBenchArgs', () => {
  it('measures everything, as a table, by default', () => {
    expect(parseBenchArgs([])).toEqual({ json: false, quick: false, only: [...SECTIONS], save: null, help: false });
  });

  it('reads the flags CI uses', () => {
    const a = parseBenchArgs(['--quick', '--json']);
    expect(a.quick).toBe(true);
    expect(a.json).toBe(true);
  });

  it.each([
    [['--only', 'sizes,nlp'], ['nlp', 'sizes']],
    [['--only=browser'], ['browser']],
    [['--only', ' popup , sizes '], ['popup', 'sizes']],
  ])('keeps the sections of %j in their usual order', (argv, want) => {
    expect(parseBenchArgs(argv).only).toEqual(want);
  });

  it('takes --save with a separate or an inline value', () => {
    expect(parseBenchArgs(['--save', 'bench-output/a.json']).save).toBe('bench-output/a.json');
    expect(parseBenchArgs(['--save=b.json']).save).toBe('b.json');
  });

  it.each([
    [['--fast'], /unknown option --fast/],
    [['quick'], /unknown option quick/],
    [['--only', 'gpu'], /unknown section gpu/],
    [['--only'], /--only needs a value/],
    [['--save', '--json'], /--save needs a value/],
    [['--save='], /--save needs a value/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe('planFor', () => {
  it('runs the sizes the brief asks for in a full run', () => {
    const full = planFor(false);
    expect(full.articles).toBeNull();
    expect(full.bigPageWords).toBe(100_000);
    expect(full.historyPages).toBe(10_000);
  });

  it('does less of everything in a quick run, with a 20,000-word page', () => {
    const quick = planFor(true);
    const full = planFor(false);
    expect(quick.bigPageWords).toBe(20_000);
    expect(quick.articles).toBeGreaterThan(0);
    for (const k of ['nlpPasses', 'loadRuns', 'pageLoads', 'bigPageLoads', 'gateLoads', 'historyPages', 'popupRuns'] as const) {
      expect(quick[k]).toBeLessThan(full[k]);
      expect(quick[k]).toBeGreaterThan(0);
    }
  });
});
