import { t } from '@/utils/i18n';
import { EarlierPages, type EarlierPagesState } from './EarlierPages';
import { MentionNav } from './MentionNav';

export interface EntityCardProps {
  kind: 'person' | 'country';
  name: string;
  /** For people: the role the article gives them. */
  role?: string;
  demonym?: boolean;
  /** For countries. */
  country?: { flag: string; capital?: string; region?: string };
  mentionIndex: number;
  mentionCount: number;
  onPrev(): void;
  onNext(): void;
  /** For people: their quotations on this page. */
  quotes: Array<{ index: number; text: string }>;
  onQuote(index: number): void;
  earlier: EarlierPagesState;
  onOpenPage(url: string): void;
}

/** The context card of a person or a country. */
export function EntityCard(p: EntityCardProps) {
  const wiki = `https://ar.wikipedia.org/w/index.php?search=${encodeURIComponent(p.name)}`;
  return (
    <>
      <h2 id="hamish-card-title" tabIndex={-1}>
        {p.country && <span class="flag" aria-hidden="true">{p.country.flag} </span>}
        {p.name}
      </h2>
      <p class="kind">{p.kind === 'person' ? t('typePerson') : p.demonym ? t('typeDemonym') : t('typeCountry')}</p>
      {p.role && <p class="role">{p.role}</p>}
      {p.country && (
        <dl class="facts">
          {p.country.capital && (<><dt>{t('cardCapital')}</dt><dd>{p.country.capital}</dd></>)}
          {p.country.region && (<><dt>{t('cardRegion')}</dt><dd>{p.country.region}</dd></>)}
        </dl>
      )}
      <MentionNav index={p.mentionIndex} count={p.mentionCount} onPrev={p.onPrev} onNext={p.onNext} />
      {p.kind === 'person' && p.quotes.length > 0 && (
        <section aria-label={t('cardQuotes')}>
          <h3>{t('cardQuotesCount', String(p.quotes.length))}</h3>
          <ul class="quotes">
            {p.quotes.slice(0, 4).map((q) => (
              <li key={q.index}>
                <button type="button" class="linklike" onClick={() => p.onQuote(q.index)}>
                  «{q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text}»
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <EarlierPages data={p.earlier} onOpen={p.onOpenPage} />
      <p>
        <a href={wiki} target="_blank" rel="noopener noreferrer">{t('cardWikipedia')}</a>
      </p>
    </>
  );
}
