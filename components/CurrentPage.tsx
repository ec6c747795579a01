import type { PageEntity } from '@/utils/messaging/page-summary';
import type { HighlightTypes, PageAnnotations, TabProtocol } from '@/utils/messaging/tab-protocol';
import { t } from '@/utils/i18n';
import { DetectionVerdict } from './DetectionVerdict';
import { EntityList } from './EntityList';
import { QuoteList } from './QuoteList';
import { HighlightSwitches } from './HighlightSwitches';
import { EmptyState } from './EmptyState';

/** What the popup asks the page to reveal. */
export type RevealTarget = TabProtocol['revealMention']['data'];

/** Mention counts per highlight type. */
export function highlightCounts(a: PageAnnotations): Record<keyof HighlightTypes, number> {
  const counts = { person: 0, country: 0, demonym: 0, quote: a.quotes.length };
  for (const e of a.entities) {
    if (e.demonym) counts.demonym += e.mentions;
    else if (e.type === 'person' || e.type === 'country') counts[e.type] += e.mentions;
  }
  return counts;
}

/** A country and its demonym are one row of the list: mentions summed, the proper name kept. */
export function mergeByEntity(entities: PageEntity[]): PageEntity[] {
  const byId = new Map<string, PageEntity>();
  for (const e of entities) {
    const prev = byId.get(e.entity);
    if (!prev) byId.set(e.entity, { ...e });
    else {
      prev.mentions += e.mentions;
      if (prev.demonym && !e.demonym) Object.assign(prev, { name: e.name, demonym: undefined, role: e.role ?? prev.role });
    }
  }
  return [...byId.values()];
}

/** The popup's view of the current tab: verdict, counts, switches and what the page contains. */
export function CurrentPage(props: {
  annotations: PageAnnotations;
  annotating: boolean;
  onReveal(target: RevealTarget): void;
  onTypes(type: keyof HighlightTypes, on: boolean): void;
  onAnnotate(): void;
}) {
  const a = props.annotations;
  const people = mergeByEntity(a.entities.filter((e) => e.type === 'person'));
  const countries = mergeByEntity(a.entities.filter((e) => e.type === 'country'));
  const empty = people.length + countries.length + a.quotes.length === 0;
  return (
    <div class="current-page">
      <DetectionVerdict detection={a.detection} annotated={a.annotated} />
      {!a.annotated && (
        <>
          {a.detection.arabic && (
            <button type="button" class="primary" data-action="annotate" disabled={props.annotating} onClick={props.onAnnotate}>
              {props.annotating ? t('popupAnnotating') : t('popupAnnotateNow')}
            </button>
          )}
          <EmptyState />
        </>
      )}
      {a.annotated && (
        <>
          <HighlightSwitches types={a.highlight} counts={highlightCounts(a)} onChange={props.onTypes} />
          {empty && <p class="muted" data-empty="nothing-found">{t('popupNothingFound')}</p>}
          <EntityList title={t('popupPeople')} kind="person" entities={people} onReveal={(entity) => props.onReveal({ entity })} />
          <EntityList title={t('popupCountries')} kind="country" entities={countries} onReveal={(entity) => props.onReveal({ entity })} />
          <QuoteList quotes={a.quotes} onReveal={(quoteIndex) => props.onReveal({ quoteIndex })} />
        </>
      )}
    </div>
  );
}
