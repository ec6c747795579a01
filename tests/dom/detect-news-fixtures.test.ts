import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEWS_REASONS, detectNewsArticle } from '@/utils/page/detect-news';
import { loadHtmlFile } from '../tools/html-document';
import { readFixtureManifest } from '../tools/read-page';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const verdicts = readFixtureManifest(PAGES).map((page) => ({
  ...page,
  detection: detectNewsArticle(loadHtmlFile(`${PAGES}/${page.file}`).doc),
}));

describe('news detection on the 45 saved pages', () => {
  it('reads all 45 pages of the manifest', () => {
    expect(verdicts).toHaveLength(45);
  });

  it('calls every Arabic news article (ar_news, edge E4 and E5) Arabic news', () => {
    const articles = verdicts.filter((v) => v.language === 'ar' && v.isNews);
    expect(articles.map((v) => v.file).filter((f) => f.startsWith('edge/'))).toEqual([
      'edge/E4_arabic.cnn.com_goose3-variant_ar.html',
      'edge/E5_globalprovincesnews.com_riyadh-article-copy_ar.html',
    ]);
    expect(articles).toHaveLength(12);
    const missed = articles.filter((v) => !(v.detection.arabic && v.detection.news)).map((v) => v.file);
    expect(missed).toEqual([]);
  });

  it('calls no page in another language Arabic, Persian, Urdu, Pashto and Dari included', () => {
    const others = verdicts.filter((v) => v.language !== 'ar');
    expect(others.length).toBe(21);
    expect(others.filter((v) => v.detection.arabic).map((v) => v.file)).toEqual([]);
    expect(others.filter((v) => v.group === 'neg_arabic_script_other_lang').every((v) => v.detection.reasons.includes('other-arabic-script'))).toBe(true);
  });

  it('calls every Arabic page Arabic, legacy encodings included', () => {
    expect(verdicts.filter((v) => v.language === 'ar' && !v.detection.arabic).map((v) => v.file)).toEqual([]);
  });

  it('calls at most one Arabic non-news page news', () => {
    const nonNews = verdicts.filter((v) => v.group === 'neg_ar_nonnews');
    expect(nonNews).toHaveLength(9);
    expect(nonNews.filter((v) => v.detection.news).length).toBeLessThanOrEqual(1);
  });

  it('gives only documented reasons and a confidence between 0.5 and 1', () => {
    for (const v of verdicts) {
      for (const r of v.detection.reasons) expect(NEWS_REASONS).toContain(r);
      expect(v.detection.confidence).toBeGreaterThanOrEqual(0.5);
      expect(v.detection.confidence).toBeLessThanOrEqual(1);
    }
  });
}, 300_000);
