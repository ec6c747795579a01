import { LIMITS } from '@/utils/messaging/limits';
import type { PageDetection, PageSummary } from '@/utils/messaging/page-summary';
import type { PageAnnotations } from '@/utils/messaging/tab-protocol';

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

/**
 * The visit the history records, clipped to what the background accepts: the most mentioned
 * entities first, the first quotations, names and quotations cut to their caps. A long page is
 * recorded in part rather than refused.
 */
export function pageSummaryOf(page: PageAnnotations, detection: PageDetection, publishedAt: string | null): PageSummary {
  return {
    url: page.url,
    title: clip(page.title, LIMITS.title),
    publishedAt,
    detection: { ...detection, reasons: detection.reasons.slice(0, LIMITS.reasons).map((r) => clip(r, LIMITS.reason)) },
    entities: page.entities.slice(0, LIMITS.entities).map((e) => ({
      ...e,
      entity: clip(e.entity, LIMITS.name),
      name: clip(e.name, LIMITS.name),
      ...(e.role ? { role: clip(e.role, LIMITS.role) } : {}),
    })),
    quotes: page.quotes.slice(0, LIMITS.quotes).map(({ index: _index, ...q }) => ({
      ...q,
      text: clip(q.text, LIMITS.quote),
      speaker: q.speaker === null ? null : clip(q.speaker, LIMITS.name),
      speakerEntity: q.speakerEntity === null ? null : clip(q.speakerEntity, LIMITS.name),
    })),
  };
}
