import type { PageCheck } from '@/utils/messaging/schemas';
import { t } from '@/utils/i18n';

/** What Hamish decided about the current page, in the reader's words. */
export function PageVerdict({ check }: { check: PageCheck | null }) {
  if (!check) return <p class="verdict" data-verdict="none">{t('verdictNone')}</p>;
  const key = check.handled ? 'verdictArabic' : check.script === 'other-arabic-script' ? 'verdictOtherArabicScript' : 'verdictNotArabic';
  return (
    <section aria-labelledby="verdict">
      <p id="verdict" class="verdict" data-verdict={check.handled ? 'arabic' : 'skipped'}>{t(key)}</p>
      {check.reasons.length > 0 && (
        <ul class="reasons">
          {check.reasons.map((r) => <li key={r}>{r}</li>)}
        </ul>
      )}
    </section>
  );
}
