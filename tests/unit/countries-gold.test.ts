import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCountries } from '@/utils/nlp/countries';
import { readArticleGold } from '../tools/gold';

const DIR = resolve(import.meta.dirname, '../gold/articles');
const files = readdirSync(DIR).filter((f) => f.endsWith('.tsv'));

/** Exact-span scores of findCountries on the article's own paragraphs of the hand-made gold. */
function score() {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let demonymWrong = 0;
  for (const f of files) {
    for (const p of readArticleGold(resolve(DIR, f))) {
      if (!p.body) continue;
      const gold = new Map(p.mentions.filter((m) => m.type === 'country').map((m) => [`${m.start}:${m.end}:${m.iso}`, m]));
      for (const m of findCountries(p.text)) {
        const g = gold.get(`${m.start}:${m.end}:${m.entity}`);
        if (!g) {
          fp++;
          continue;
        }
        tp++;
        gold.delete(`${m.start}:${m.end}:${m.entity}`);
        if (g.demonym !== (m.demonym === true)) demonymWrong++;
      }
      fn += gold.size;
    }
  }
  return { tp, fp, fn, demonymWrong, precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

describe('countries on the article gold set', () => {
  it('has gold to measure against', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('finds the countries and demonyms a careful reader marked, with their exact spans and codes', () => {
    const s = score();
    expect(s.tp).toBeGreaterThan(100);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.demonymWrong / s.tp).toBeLessThanOrEqual(0.03);
  });
});
