import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMainContent } from '@/utils/page/main-content';
import { buildTextMap, rangesForSpan, type TextMap, type TextRegion } from '@/utils/page/text-map';
import { loadHtmlFile } from '../tools/html-document';
import { readFixtureManifest } from '../tools/read-page';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const pages = readFixtureManifest(PAGES).filter((p) => p.group === 'ar_news' || p.group === 'edge' || p.file.includes('L2_'));

/** A small deterministic generator, so that a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function withoutSeparators(map: TextMap, start: number, end: number): string {
  return map.segments
    .filter((s) => s.end > start && s.start < end)
    .map((s) => s.node.data.slice(Math.max(start, s.start) - s.start, Math.min(end, s.end) - s.start))
    .join('');
}

function checkRandomSpans(map: TextMap, seed: number, count = 60): string[] {
  const random = lcg(seed);
  const bad: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(random() * map.text.length);
    const end = Math.min(map.text.length, start + 1 + Math.floor(random() * (i % 10 === 0 ? 1500 : 60)));
    const got = rangesForSpan(map, start, end).map((r) => r.toString()).join('');
    if (got !== withoutSeparators(map, start, end)) bad.push(`${start}-${end}`);
  }
  return bad;
}

describe.each(pages)('text map of $file', ({ file }) => {
  const { doc } = loadHtmlFile(`${PAGES}/${file}`);
  const regions: Array<[string, TextRegion]> = [['main content', findMainContent(doc)]];
  if (doc.body) regions.push(['whole body', doc.body]);

  it.each(regions)('%s: every segment is its node, and Ranges of random spans show exactly the text', (_name, region) => {
    const before = doc.body?.innerHTML;
    const map = buildTextMap(region);
    expect(map.text.length).toBeGreaterThan(0);
    // Between segments there is nothing, or exactly one inserted separator.
    const gaps = new Set<string>();
    let last = 0;
    for (const s of map.segments) {
      expect(map.text.slice(s.start, s.end)).toBe(s.node.data);
      gaps.add(map.text.slice(last, s.start));
      last = s.end;
    }
    expect(last).toBe(map.text.length);
    expect([...gaps].filter((g) => g !== '' && g !== '\n')).toEqual([]);
    expect(checkRandomSpans(map, file.length * 7919)).toEqual([]);
    expect(doc.body?.innerHTML).toBe(before);
  }, 60_000);
});
