import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * A windowed list: only the rows in view (and a few around them) exist in the DOM, so a
 * history of ten thousand pages renders as fast as one of ten. Rows have one fixed height.
 * Up and Down move the focus from row to row, scrolling as needed.
 */
export function VirtualList(props: {
  count: number;
  rowHeight: number;
  /** Height of the scrolling viewport in px. */
  height: number;
  label: string;
  overscan?: number;
  renderRow(index: number): ComponentChildren;
  /** Called with the rows in view [start, end) whenever they change. */
  onRange?(start: number, end: number): void;
  /** Extra attributes for tests and measurements. */
  attrs?: Record<string, string>;
}) {
  const { count, rowHeight, height, overscan = 4 } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<number | null>(null);
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  // Before paint: the parent starts reading the rows in view a frame earlier.
  useLayoutEffect(() => props.onRange?.(start, end), [start, end, count]);
  // A shorter list (a search, a deletion) must not leave the viewport scrolled past its end.
  useEffect(() => {
    const max = Math.max(0, count * rowHeight - height);
    if (scrollTop > max) {
      setScrollTop(max);
      if (box.current) box.current.scrollTop = max;
    }
  }, [count]);
  useLayoutEffect(() => {
    const i = focusAfterRender.current;
    if (i === null) return;
    const row = box.current?.querySelector<HTMLElement>(`[data-index="${i}"] button, [data-index="${i}"] a`);
    if (row) {
      focusAfterRender.current = null;
      row.focus();
    }
  });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const current = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    const next = Number(current.dataset.index) + (e.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= count) return;
    e.preventDefault();
    const top = next * rowHeight;
    let target = scrollTop;
    if (top < scrollTop) target = top;
    else if (top + rowHeight > scrollTop + height) target = top + rowHeight - height;
    if (target !== scrollTop && box.current) {
      box.current.scrollTop = target;
      setScrollTop(target);
    }
    focusAfterRender.current = next;
    // When the row is already rendered, no new render will come: focus it now.
    const row = box.current?.querySelector<HTMLElement>(`[data-index="${next}"] button, [data-index="${next}"] a`);
    if (row && target === scrollTop) {
      focusAfterRender.current = null;
      row.focus();
    }
  };

  const rows = [];
  for (let i = start; i < end; i++) {
    rows.push(
      <li key={i} data-index={i} class="vrow" style={{ position: 'absolute', top: `${i * rowHeight}px`, height: `${rowHeight}px`, insetInline: 0 }}>
        {props.renderRow(i)}
      </li>,
    );
  }
  return (
    <div
      ref={box}
      class="vlist"
      style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      {...props.attrs}
    >
      <ul aria-label={props.label} style={{ height: `${count * rowHeight}px`, position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
        {rows}
      </ul>
    </div>
  );
}
