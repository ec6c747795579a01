import type { PageEntity, PageQuote, PageSummary } from '@/utils/messaging/page-summary';
import { HamishDb } from '@/utils/db/schema';

let serial = 0;

/** A fresh database under a name no other test uses. */
export function freshDb(upTo?: number): HamishDb {
  serial += 1;
  return new HamishDb(`hamish-test-${process.pid}-${serial}-${Math.random().toString(36).slice(2)}`, upTo);
}

export const erdogan: PageEntity = { entity: 'p:رجب طيب اردوغان', type: 'person', name: 'رجب طيب أردوغان', mentions: 4, role: 'الرئيس التركي' };
export const putin: PageEntity = { entity: 'p:فلاديمير بوتين', type: 'person', name: 'فلاديمير بوتين', mentions: 2 };
export const turkey: PageEntity = { entity: 'TR', type: 'country', name: 'تركيا', mentions: 3 };
export const russia: PageEntity = { entity: 'RU', type: 'country', name: 'روسيا', mentions: 1 };
export const russian: PageEntity = { entity: 'RU', type: 'country', name: 'الروسي', demonym: true, mentions: 2 };
export const usa: PageEntity = { entity: 'US', type: 'country', name: 'الولايات المتحدة الأمريكية', mentions: 1 };

export const quoteOf = (text: string, speaker: PageEntity | null = erdogan): PageQuote => ({
  text,
  speaker: speaker?.name ?? null,
  speakerEntity: speaker?.entity ?? null,
  confidence: 0.9,
});

/** A page summary as a content script sends it. */
export function summary(url: string, over: Partial<PageSummary> = {}): PageSummary {
  return {
    url,
    title: 'أردوغان يستقبل بوتين في أنقرة',
    publishedAt: '2024-05-01T10:00:00+03:00',
    detection: { arabic: true, news: true, confidence: 0.9, reasons: ['arabic-text', 'news-article-metadata'] },
    entities: [erdogan, putin, turkey, russia],
    quotes: [quoteOf('سنعمل معا من أجل السلام')],
    ...over,
  };
}
