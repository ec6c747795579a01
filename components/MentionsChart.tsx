import type { MentionPoint } from '@/utils/db/entities-repo';
import { t } from '@/utils/i18n';
import { formatDate } from './format';

const W = 300;
const H = 72;

/** Mentions per day as plain SVG bars, oldest day on the reading side's start. */
export function MentionsChart(props: { series: MentionPoint[] }) {
  const { series } = props;
  const max = Math.max(1, ...series.map((p) => p.mentions));
  const total = series.reduce((s, p) => s + p.mentions, 0);
  const step = W / Math.max(1, series.length);
  // SVG does not follow the page direction: in a right-to-left UI time runs from the right.
  const rtl = t('uiDir') === 'rtl';
  const label = t('historyChart', String(series.length), String(total));
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
        <line x1={0} y1={H - 0.5} x2={W} y2={H - 0.5} class="axis" />
        {series.map((p, i) => {
          const h = p.mentions === 0 ? 0 : Math.max(2, Math.round(((H - 4) * p.mentions) / max));
          return (
            <rect key={p.day} x={(rtl ? series.length - 1 - i : i) * step + 1} y={H - 1 - h} width={Math.max(1, step - 2)} height={h} class="bar" data-mentions={p.mentions}>
              <title>{`${formatDate(p.day)}: ${p.mentions}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
