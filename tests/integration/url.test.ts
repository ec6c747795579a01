import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalizePageUrl, siteOf } from '@/utils/url';

describe('normalizePageUrl', () => {
  it.each([
    ['https://www.bbc.com/arabic/a?utm_source=tw&utm_medium=social', 'https://www.bbc.com/arabic/a'],
    ['https://www.bbc.com/arabic/a#comments', 'https://www.bbc.com/arabic/a'],
    ['https://x.com/a?id=3&fbclid=AbC&page=2', 'https://x.com/a?id=3&page=2'],
    ['https://x.com/a?gclid=1&mc_cid=2&mc_eid=3', 'https://x.com/a'],
    ['https://x.com/a?ref=home&ref_src=twsrc&igshid=9', 'https://x.com/a'],
    ['https://X.COM:443/a', 'https://x.com/a'],
    ['http://x.com:80/a', 'http://x.com/a'],
    ['https://x.com', 'https://x.com/'],
    ['https://user:pw@x.com/a', 'https://x.com/a'],
    ['  https://x.com/a  ', 'https://x.com/a'],
    ['https://x.com/%D8%AE%D8%A8%D8%B1?q=%D8%AE&UTM_Campaign=z', 'https://x.com/%D8%AE%D8%A8%D8%B1?q=%D8%AE'],
    ['https://ar.example/خبر', 'https://ar.example/%D8%AE%D8%A8%D8%B1'],
  ])('%s → %s', (raw, want) => {
    expect(normalizePageUrl(raw)).toBe(want);
  });

  // Negative rows: parameters that identify the article, and things that are not web pages.
  it.each([
    ['https://x.com/a?utm=1', 'https://x.com/a?utm=1'],
    ['https://x.com/a?reference=5', 'https://x.com/a?reference=5'],
    ['https://x.com/a?gclidx=5', 'https://x.com/a?gclidx=5'],
    ['https://x.com/a?id=7&p=2', 'https://x.com/a?id=7&p=2'],
    ['https://x.com/a?p=2&id=7', 'https://x.com/a?p=2&id=7'],
    ['https://x.com/a/', 'https://x.com/a/'],
  ])('keeps %s', (raw, want) => {
    expect(normalizePageUrl(raw)).toBe(want);
  });

  it.each(['chrome://extensions', 'file:///tmp/a.html', 'about:blank', 'javascript:alert(1)', 'not a url', '', 'data:text/html,x'])(
    'refuses %s',
    (raw) => {
      expect(normalizePageUrl(raw)).toBeNull();
    },
  );
});

describe('isTrackingParam and siteOf', () => {
  it.each([
    ['utm_source', true], ['UTM_TERM', true], ['mc_cid', true], ['fbclid', true], ['igshid', true],
    ['id', false], ['page', false], ['q', false], ['utm', false], ['refresh', false],
  ])('%s tracking=%s', (name, want) => {
    expect(isTrackingParam(name as string)).toBe(want);
  });

  it.each([
    ['https://www.aljazeera.net/news/1', 'aljazeera.net'],
    ['https://arabic.cnn.com/x', 'arabic.cnn.com'],
    ['https://wwwx.example/x', 'wwwx.example'],
    ['nonsense', ''],
  ])('%s is on %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
