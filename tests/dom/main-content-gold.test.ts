import { existsSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMainContent } from '@/utils/page/main-content';
import { buildTextMap } from '@/utils/page/text-map';
import { scoreExtraction } from '../tools/eval-main-content';
import { readArticleGold, type GoldParagraph } from '../tools/gold';
import { loadHtmlFile } from '../tools/html-document';

const GOLD = resolve(import.meta.dirname, '../gold/articles');
const PAGES = resolve(import.meta.dirname, '../fixtures/pages/ar_news');
const files = readdirSync(GOLD).filter((f) => f.endsWith('.tsv') && existsSync(`${PAGES}/${basename(f, '.tsv')}.html`));

const g = (i: number, body: boolean, text: string): GoldParagraph => ({ i, body, text, mentions: [] });

describe('scoreExtraction (the evaluation itself)', () => {
  it('matches whole lines, counts characters, and lets each line match once', () => {
    const gold = [g(0, false, 'شارك'), g(1, true, 'العنوان هنا'), g(2, true, 'فقرة أولى طويلة بما يكفي للمطابقة داخل السطر'), g(3, false, 'شارك')];
    const s = scoreExtraction('العنوان  هنا\nشارك\nمقدمة فقرة أولى طويلة بما يكفي للمطابقة داخل السطر', gold);
    expect(s.paragraphs.map((p) => p.kept)).toEqual([true, true, true, false]);
    expect(s.bodyKept).toBe(s.bodyChars);
    expect(s.otherKept).toBe('شارك'.length);
  });

  it('does not count a short paragraph found only inside a longer line', () => {
    const s = scoreExtraction('قال الوزير إن المحادثات ستستمر', [g(0, false, 'الوزير')]);
    expect(s.otherKept).toBe(0);
  });
});

describe('main content against the hand-labelled articles', () => {
  const scores = files.map((f) => {
    const { doc } = loadHtmlFile(`${PAGES}/${basename(f, '.tsv')}.html`);
    return { f, s: scoreExtraction(buildTextMap(findMainContent(doc)).text, readArticleGold(`${GOLD}/${f}`)) };
  });

  it('has gold to measure against', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(scores)('$f: keeps at least 90 % of the article text', ({ s }) => {
    expect(s.bodyKept / s.bodyChars).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps at least 95 % of all article text and lets in at most 5 % of the rest', () => {
    const sum = (k: 'bodyKept' | 'bodyChars' | 'otherKept' | 'otherChars') => scores.reduce((n, x) => n + x.s[k], 0);
    expect(sum('bodyKept') / sum('bodyChars')).toBeGreaterThanOrEqual(0.95);
    expect(sum('otherKept') / sum('otherChars')).toBeLessThanOrEqual(0.05);
  });
}, 120_000);
