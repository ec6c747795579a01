import type { PageRow } from '@/utils/db/schema';
import { VirtualList } from './VirtualList';
import { HistoryRow } from './HistoryRow';

/** Row height of the history list (title, meta line, chips). */
export const PAGE_ROW_HEIGHT = 84;

/** A windowed list of history pages; `rowOf` gives a row once the parent has loaded it. */
export function PageList(props: {
  ids: number[];
  rowOf(id: number): PageRow | undefined;
  label: string;
  height: number;
  onRange(start: number, end: number): void;
  onOpen(url: string): void;
  onDelete?(page: PageRow): void;
  onEntity?(entity: string): void;
  attrs?: Record<string, string>;
}) {
  return (
    <VirtualList
      count={props.ids.length}
      rowHeight={PAGE_ROW_HEIGHT}
      height={props.height}
      label={props.label}
      onRange={props.onRange}
      attrs={props.attrs}
      renderRow={(i) => (
        <HistoryRow page={props.rowOf(props.ids[i] as number)} onOpen={props.onOpen} onDelete={props.onDelete} onEntity={props.onEntity} />
      )}
    />
  );
}
