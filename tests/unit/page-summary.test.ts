import { describe, expect, it } from 'vitest';
import { pageSummaryOf } from '@/entrypoints/content/page-summary';
import { LIMITS } from '@/utils/messaging/limits';
import type { PageAnnotations } from '@/utils/messaging/tab-protocol';

const detection = { arabic: true, news: true, confidence: 1, reasons: ['arabic-text'] };
function page(entities: number, quotes: number, quoteLength = 20): PageAnnotations {
  return {
    url: 'https://example.com/a',
    title: 'ع'.repeat(800),
    detection,
    annotated: true,
    entities: Array.from({ length: entities }, (_, i) => ({ entity: `p:${i}`, type: 'person' as const, name: `اسم ${i}`, mentions: entities - i })),
    quotes: Array.from({ length: quotes }, (_, index) => ({ index, text: 'ق'.repeat(quoteLength), speaker: null, speakerEntity: null, confidence: 0.5 })),
    highlight: { person: true, country: true, demonym: true, quote: true },
  };
}

describe('pageSummaryOf', () => {
  it('clips a long page to what the background accepts instead of having it refused', () => {
    const s = pageSummaryOf(page(2000, 900, 30_000), detection, null);
    expect(s.entities).toHaveLength(LIMITS.entities);
    expect(s.entities[0]?.mentions).toBe(2000);
    expect(s.quotes).toHaveLength(LIMITS.quotes);
    expect(s.quotes[0]?.text).toHaveLength(LIMITS.quote);
    expect(s.title).toHaveLength(LIMITS.title);
    expect(s.quotes[0]).not.toHaveProperty('index');
  });

  it('leaves a normal page as it is', () => {
    const s = pageSummaryOf(page(3, 2), detection, '2024-05-13T10:00:00Z');
    expect(s.entities).toHaveLength(3);
    expect(s.quotes.map((q) => q.text)).toEqual(['ق'.repeat(20), 'ق'.repeat(20)]);
    expect(s.publishedAt).toBe('2024-05-13T10:00:00Z');
  });
});
