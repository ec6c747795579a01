import type { PageDetection } from '@/utils/messaging/page-summary';
import { t } from '@/utils/i18n';
import { reasonLabel } from './reason-label';

function verdictKey(d: PageDetection, annotated: boolean) {
  if (!d.arabic) return d.reasons.includes('other-arabic-script') ? 'verdictOtherArabicScript' : 'verdictNotArabic';
  if (d.news) return 'verdictNews';
  return annotated ? 'verdictOnRequest' : 'verdictArabicNotNews';
}

/** Whether Hamish took the page for an Arabic news article, how sure it is, and why. */
export function DetectionVerdict(props: { detection: PageDetection; annotated: boolean }) {
  const d = props.detection;
  const state = !d.arabic ? 'skipped' : d.news || props.annotated ? 'annotated' : 'not-news';
  return (
    <section class="verdict-box" aria-labelledby="verdict">
      <p id="verdict" class="verdict" data-verdict={d.arabic ? 'arabic' : 'skipped'} data-state={state}>
        {t(verdictKey(d, props.annotated))}
        {d.arabic && d.confidence > 0 && <span class="confidence"> {t('verdictConfidence', String(Math.round(d.confidence * 100)))}</span>}
      </p>
      {d.reasons.length > 0 && (
        <details class="reasons-box">
          <summary>{t('reasonsTitle')}</summary>
          <ul class="reasons">
            {d.reasons.map((r) => (
              <li key={r} data-reason={r}>
                {reasonLabel(r)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
