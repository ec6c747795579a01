import type { EarlierPagesState } from '@/components/card/EarlierPages';
import type { Sender } from '@/utils/messaging/protocol';
import type { PageAnalysis } from '@/utils/messaging/schemas';
import { flagEmoji } from '@/utils/nlp/flag';
import type { Quotation } from '@/utils/nlp/types';
import { t } from '@/utils/i18n';

/** Flag, capital and region of a country for its card (the background sent the facts with the analysis). */
export function countryFacts(iso: string, facts: PageAnalysis['countries']): { flag: string; capital?: string; region?: string } {
  const info = Object.hasOwn(facts, iso) ? facts[iso] : undefined;
  return { flag: flagEmoji(iso), capital: info?.capital, region: info?.region };
}

/** Earlier pages of the history that mention `entity` (asked of the background). */
export async function earlierPages(sendMessage: Sender, entity: string, excludeUrl: string): Promise<EarlierPagesState> {
  const reply = await sendMessage('getEntityPages', { entity, excludeUrl });
  if (!reply.ok) return { state: 'unavailable', reason: t('cardHistoryUnavailable') };
  return { state: 'ready', total: reply.value.total, pages: reply.value.pages.map((p) => ({ url: p.url, title: p.title, visitedAt: p.visitedAt })) };
}

/** The text "copy with source" puts on the clipboard. */
export function quoteWithSource(q: Quotation, title: string, url: string): string {
  return `«${q.text}»\n— ${q.speaker ?? t('cardSpeakerUnknown')}\n${title}\n${url}`;
}

/** Copies text; falls back to a hidden textarea inside our shadow root where the API is missing (http pages). */
export async function copyText(text: string, within: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    within.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Keeps Tab and Shift+Tab inside the card. */
export function trapTab(e: KeyboardEvent, root: HTMLElement): void {
  const focusable = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex="0"]')];
  if (focusable.length === 0) return;
  const active = (root.getRootNode() as ShadowRoot).activeElement;
  const first = focusable[0] as HTMLElement;
  const last = focusable[focusable.length - 1] as HTMLElement;
  if (e.shiftKey && (active === first || !focusable.includes(active as HTMLElement))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !focusable.includes(active as HTMLElement))) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * Places the card next to the mention, below it when there is room and above otherwise, and
 * clamps it inside the viewport (document coordinates: the host is absolutely positioned).
 */
export function placeCard(host: HTMLElement, anchor: Range): void {
  const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
  const card = host.getBoundingClientRect();
  const width = card.width || 360;
  const height = card.height || 240;
  const margin = 8;
  let top = rect.bottom + margin;
  if (top + height > innerHeight - margin && rect.top - height - margin > margin) top = rect.top - height - margin;
  top = Math.max(margin, Math.min(top, innerHeight - height - margin));
  // Right-to-left text: align the card's right edge with the mention's right edge.
  let left = rect.right - width;
  left = Math.max(margin, Math.min(left, innerWidth - width - margin));
  host.style.top = `${Math.round(top + scrollY)}px`;
  host.style.left = `${Math.round(left + scrollX)}px`;
}
