import type { PageQuote } from '@/utils/messaging/page-summary';
import { t } from '@/utils/i18n';

/** Quotations of the page with their speakers, in page order; choosing one reveals it in the page. */
export function QuoteList(props: { quotes: Array<PageQuote & { index: number }>; onReveal(index: number): void }) {
  if (props.quotes.length === 0) return null;
  return (
    <section class="quote-list" aria-label={t('popupQuotes')}>
      <h2>
        {t('popupQuotes')} <span class="count">{props.quotes.length}</span>
      </h2>
      <ul>
        {props.quotes.map((q) => (
          <li key={q.index}>
            <button type="button" class="item item-quote" data-quote={q.index} onClick={() => props.onReveal(q.index)}>
              <q class="text">{q.text}</q>
              <span class="speaker">— {q.speaker ?? t('popupUnknownSpeaker')}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
