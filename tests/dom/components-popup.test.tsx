import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { PageAnnotations } from '@/utils/messaging/tab-protocol';
import { CurrentPage, highlightCounts, mergeByEntity } from '@/components/CurrentPage';
import { DetectionVerdict } from '@/components/DetectionVerdict';
import { EmptyState } from '@/components/EmptyState';
import { reasonLabel } from '@/components/reason-label';

afterEach(cleanup);

const annotations = (over: Partial<PageAnnotations> = {}): PageAnnotations => ({
  url: 'https://x.example/a',
  title: 'خبر',
  detection: { arabic: true, news: true, confidence: 0.93, reasons: ['arabic-text', 'newsarticle-metadata', 'brand-new-signal'] },
  annotated: true,
  entities: [
    { entity: 'p:بوتين', type: 'person', name: 'فلاديمير بوتين', mentions: 2 },
    { entity: 'p:اردوغان', type: 'person', name: 'رجب طيب أردوغان', mentions: 5, role: 'الرئيس التركي' },
    { entity: 'RU', type: 'country', name: 'روسيا', mentions: 1 },
    { entity: 'RU', type: 'country', name: 'روسيا', demonym: true, mentions: 3 },
    { entity: 'TR', type: 'country', name: 'تركيا', mentions: 2 },
  ],
  quotes: [
    { index: 0, text: 'سنعمل معا', speaker: 'أردوغان', speakerEntity: 'p:اردوغان', confidence: 0.9 },
    { index: 1, text: 'لا تعليق', speaker: null, speakerEntity: null, confidence: 0.3 },
  ],
  highlight: { person: true, country: true, demonym: true, quote: true },
  ...over,
});

const handlers = () => ({ onReveal: vi.fn(), onTypes: vi.fn(), onAnnotate: vi.fn() });

describe('CurrentPage', () => {
  it('shows the verdict, its reasons in words (unknown keys as they are) and the confidence', () => {
    render(<CurrentPage annotations={annotations()} annotating={false} {...handlers()} />);
    expect(screen.getByText(/مقال إخباري عربي/)).toBeTruthy();
    expect(screen.getByText(/الثقة: 93٪/)).toBeTruthy();
    const reasons = [...document.querySelectorAll('[data-reason]')].map((li) => li.textContent);
    expect(reasons).toEqual(['نص عربي', 'بيانات الصفحة تصفها خبرًا', 'brand-new-signal']);
  });

  it('lists people and countries by mentions, a country and its demonym as one row', () => {
    render(<CurrentPage annotations={annotations()} annotating={false} {...handlers()} />);
    const people = within(screen.getByRole('region', { name: 'الأشخاص' })).getAllByRole('button');
    expect(people.map((b) => b.querySelector('.name')?.textContent)).toEqual(['رجب طيب أردوغان', 'فلاديمير بوتين']);
    expect(people[0]?.textContent).toContain('الرئيس التركي');
    const countries = within(screen.getByRole('region', { name: 'الدول' })).getAllByRole('button');
    expect(countries.map((b) => [b.querySelector('.name')?.textContent, b.querySelector('.mentions')?.textContent])).toEqual([
      ['روسيا', '4'],
      ['تركيا', '2'],
    ]);
  });

  it('counts mentions per highlight type for the switches', () => {
    expect(highlightCounts(annotations())).toEqual({ person: 7, country: 3, demonym: 3, quote: 2 });
    render(<CurrentPage annotations={annotations()} annotating={false} {...handlers()} />);
    expect(document.querySelector('[data-count="demonym"]')?.textContent).toBe('3');
  });

  it('asks the page to reveal an entity or a quotation when one is chosen', () => {
    const h = handlers();
    render(<CurrentPage annotations={annotations()} annotating={false} {...h} />);
    fireEvent.click(screen.getByText('فلاديمير بوتين'));
    expect(h.onReveal).toHaveBeenLastCalledWith({ entity: 'p:بوتين' });
    fireEvent.click(screen.getByText('لا تعليق'));
    expect(h.onReveal).toHaveBeenLastCalledWith({ quoteIndex: 1 });
    expect(screen.getByText('— قائل غير معروف')).toBeTruthy();
  });

  it('turns a highlight type off through its switch', () => {
    const h = handlers();
    render(<CurrentPage annotations={annotations()} annotating={false} {...h} />);
    const sw = screen.getByRole('switch', { name: /النسب إلى الدول/ });
    fireEvent.click(sw);
    expect(h.onTypes).toHaveBeenCalledWith('demonym', false);
  });

  it('offers "annotate this page" on an Arabic page that was not detected, and not elsewhere', () => {
    const h = handlers();
    const notNews = annotations({ annotated: false, entities: [], quotes: [], detection: { arabic: true, news: false, confidence: 0.8, reasons: ['link-list'] } });
    const { rerender } = render(<CurrentPage annotations={notNews} annotating={false} {...h} />);
    expect(screen.getByText(/لا تبدو مقالًا إخباريًا/)).toBeTruthy();
    expect(screen.getByText('ما يفعله هامش')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'أبرز هذه الصفحة' }));
    expect(h.onAnnotate).toHaveBeenCalledOnce();
    rerender(<CurrentPage annotations={notNews} annotating={true} {...h} />);
    expect((screen.getByRole('button', { name: 'جارٍ الإبراز…' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<CurrentPage annotations={{ ...notNews, detection: { arabic: false, news: false, confidence: 0, reasons: ['other'] } }} annotating={false} {...h} />);
    expect(screen.queryByRole('button', { name: 'أبرز هذه الصفحة' })).toBeNull();
    expect(screen.getByText(/ليست صفحة عربية/)).toBeTruthy();
  });

  it('says so when an annotated page has nothing to list', () => {
    render(<CurrentPage annotations={annotations({ entities: [], quotes: [] })} annotating={false} {...handlers()} />);
    expect(document.querySelector('[data-empty="nothing-found"]')).toBeTruthy();
  });

  it('shows page text as text, never as markup', () => {
    const hostile = annotations({
      entities: [{ entity: 'p:x', type: 'person', name: '<img src=x onerror="alert(1)">', mentions: 1 }],
      quotes: [{ index: 0, text: '<b>bold</b>', speaker: '<script>x</script>', speakerEntity: null, confidence: 1 }],
    });
    render(<CurrentPage annotations={hostile} annotating={false} {...handlers()} />);
    expect(document.querySelector('img, b, script')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });
});

describe('verdict pieces', () => {
  it.each([
    [{ arabic: false, news: false, confidence: 0, reasons: ['other-arabic-script'] }, false, 'skipped', /بلغة أخرى/],
    [{ arabic: true, news: false, confidence: 0.7, reasons: [] }, true, 'arabic', /بطلبك/],
    [{ arabic: true, news: true, confidence: 0.7, reasons: [] }, true, 'arabic', /مقال إخباري/],
  ])('%j annotated=%s → %s', (detection, annotated, verdict, text) => {
    render(<DetectionVerdict detection={detection} annotated={annotated} />);
    const p = document.querySelector('[data-verdict]');
    expect(p?.getAttribute('data-verdict')).toBe(verdict);
    expect(p?.textContent).toMatch(text);
  });

  it.each([
    ['arabic-text', 'نص عربي'],
    ['thin-text', 'نص قليل'],
    ['front-page-url', 'عنوان صفحة رئيسية'],
    ['unknown-key', 'unknown-key'],
    ['__proto__', '__proto__'],
  ])('reason %s → %s', (key, label) => {
    expect(reasonLabel(key)).toBe(label);
  });

  it('merges a country with its demonym keeping the proper name', () => {
    expect(mergeByEntity([
      { entity: 'RU', type: 'country', name: 'الروس', demonym: true, mentions: 2 },
      { entity: 'RU', type: 'country', name: 'روسيا', mentions: 1 },
    ])).toEqual([{ entity: 'RU', type: 'country', name: 'روسيا', demonym: undefined, mentions: 3, role: undefined }]);
  });

  it('explains Hamish on pages it cannot reach', () => {
    render(<EmptyState unreachable />);
    expect(document.querySelector('[data-empty="unreachable"]')?.textContent).toMatch(/لا يعمل هامش/);
  });
});
