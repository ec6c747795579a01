import type { HistoryProblem } from '@/utils/db/connection';
import { t } from '@/utils/i18n';

/** A storage problem in plain words (full disk, blocked database, newer version, unavailable). */
export function ProblemBanner(props: { problem: HistoryProblem; detail?: string }) {
  const text =
    props.problem === 'quota' ? t('dbQuota')
    : props.problem === 'blocked' ? t('dbBlocked')
    : props.problem === 'version' ? t('dbVersion')
    : t('dbUnavailable', props.detail ?? '');
  return (
    <p class="problem" role="alert" data-problem={props.problem}>
      {text}
    </p>
  );
}
