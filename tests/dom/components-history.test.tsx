import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { PageRow } from '@/utils/db/schema';
import { VirtualList } from '@/components/VirtualList';
import { HistoryRow } from '@/components/HistoryRow';
import { HistoryFilters } from '@/components/HistoryFilters';
import { ConfirmButton } from '@/components/ConfirmButton';
import { MentionsChart } from '@/components/MentionsChart';
import { SettingsPanel } from '@/components/SettingsPanel';
import { TopEntities } from '@/components/TopEntities';
import { ProblemBanner } from '@/components/ProblemBanner';

afterEach(cleanup);

const row = (id: number, over: Partial<PageRow> = {}): PageRow => ({
  id,
  url: `https://www.aljazeera.net/news/${id}`,
  title: `خبر رقم ${id}`,
  site: 'aljazeera.net',
  publishedAt: null,
  firstVisit: Date.UTC(2024, 4, 1),
  lastVisit: Date.UTC(2024, 4, 2),
  visits: 1,
  counts: { person: 1, country: 1, demonym: 0, place: 0, organization: 0, quote: 0 },
  types: ['person', 'country'],
  top: [
    { entity: 'p:اردوغان', name: 'أردوغان', type: 'person', mentions: 3 },
    { entity: 'TR', name: 'تركيا', type: 'country', mentions: 1 },
  ],
  ...over,
});

describe('VirtualList', () => {
  const list = (onRange = vi.fn()) =>
    render(
      <VirtualList count={10_000} rowHeight={50} height={200} label="الصفحات" overscan={2} onRange={onRange} renderRow={(i) => <button type="button">صف {i}</button>} />,
    );

  it('renders only the rows in view (and a few around them) of ten thousand', () => {
    const onRange = vi.fn();
    list(onRange);
    const items = screen.getAllByRole('listitem');
    expect(items.length).toBe(6);
    expect(items[0]?.textContent).toBe('صف 0');
    expect(onRange).toHaveBeenLastCalledWith(0, 6);
    expect((screen.getByRole('list') as HTMLElement).style.height).toBe('500000px');
  });

  it('follows the scroll', () => {
    const onRange = vi.fn();
    const { container } = list(onRange);
    const box = container.querySelector('.vlist') as HTMLElement;
    box.scrollTop = 5000;
    fireEvent.scroll(box);
    const texts = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(texts[0]).toBe('صف 98');
    expect(texts).toContain('صف 103');
    expect(onRange).toHaveBeenLastCalledWith(98, 106);
  });

  it('moves the focus between rows with the arrow keys, scrolling to the next one', async () => {
    const { container } = list();
    const first = screen.getByText('صف 0');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('صف 1');
    for (let i = 0; i < 4; i++) fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement?.textContent).toBe('صف 5');
    expect((container.querySelector('.vlist') as HTMLElement).scrollTop).toBe(100);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('صف 4');
  });
});

describe('HistoryRow', () => {
  it('shows title, site, date and top entities; opens, deletes and picks an entity', () => {
    const on = { onOpen: vi.fn(), onDelete: vi.fn(), onEntity: vi.fn() };
    render(<HistoryRow page={row(7, { visits: 3 })} {...on} />);
    fireEvent.click(screen.getByRole('link', { name: 'خبر رقم 7' }));
    expect(on.onOpen).toHaveBeenCalledWith('https://www.aljazeera.net/news/7');
    expect(screen.getByText('aljazeera.net')).toBeTruthy();
    expect(screen.getByText(/الزيارات: 3/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'تركيا' }));
    expect(on.onEntity).toHaveBeenCalledWith('TR');
    fireEvent.click(screen.getByRole('button', { name: 'احذف «خبر رقم 7» من السجل' }));
    expect(on.onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 7 }));
  });

  it('shows a hostile title as text and a placeholder while loading', () => {
    const { rerender } = render(<HistoryRow page={row(1, { title: '<img src=x onerror=alert(1)>' })} onOpen={vi.fn()} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    rerender(<HistoryRow page={undefined} onOpen={vi.fn()} />);
    expect(document.querySelector('[aria-busy="true"]')).toBeTruthy();
  });
});

describe('HistoryFilters', () => {
  it('reports the search text, site, kind and a date range covering whole days', () => {
    const onChange = vi.fn();
    render(<HistoryFilters filter={{}} sites={['aljazeera.net', 'bbc.com']} onChange={onChange} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'أردوغان' } });
    expect(onChange).toHaveBeenLastCalledWith({ text: 'أردوغان' });
    fireEvent.change(screen.getByRole('combobox', { name: /الموقع/ }), { target: { value: 'bbc.com' } });
    expect(onChange).toHaveBeenLastCalledWith({ site: 'bbc.com' });
    fireEvent.change(screen.getByRole('combobox', { name: /يذكر/ }), { target: { value: 'quote' } });
    expect(onChange).toHaveBeenLastCalledWith({ type: 'quote' });
    fireEvent.change(document.querySelector('input[name="to"]') as Element, { target: { value: '2024-05-02' } });
    expect(onChange).toHaveBeenLastCalledWith({ to: new Date(2024, 4, 3).getTime() - 1 });
    fireEvent.change(document.querySelector('input[name="from"]') as Element, { target: { value: 'garbage' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: undefined });
  });
});

describe('ConfirmButton', () => {
  it('asks before a destructive action; Escape and Cancel step back', () => {
    const onConfirm = vi.fn();
    render(<ConfirmButton name="clear" label="امسح" question="متأكد؟" yes="نعم" no="إلغاء" onConfirm={onConfirm} />);
    fireEvent.click(screen.getByText('امسح'));
    expect(document.activeElement?.textContent).toBe('نعم');
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByText('امسح'));
    fireEvent.click(screen.getByText('إلغاء'));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('امسح'));
    fireEvent.click(screen.getByText('نعم'));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});

describe('MentionsChart', () => {
  it('draws one bar per day, newest at the left in the right-to-left UI', () => {
    const day = (i: number) => Date.UTC(2024, 4, 1 + i);
    render(<MentionsChart series={[{ day: day(0), mentions: 4 }, { day: day(1), mentions: 0 }, { day: day(2), mentions: 2 }]} />);
    const bars = [...document.querySelectorAll('rect.bar')];
    expect(bars.map((b) => b.getAttribute('data-mentions'))).toEqual(['4', '0', '2']);
    expect(Number(bars[0]?.getAttribute('x'))).toBeGreaterThan(Number(bars[2]?.getAttribute('x')));
    expect(Number(bars[0]?.getAttribute('height'))).toBeGreaterThan(Number(bars[2]?.getAttribute('height')));
    expect(bars[1]?.getAttribute('height')).toBe('0');
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/3 يومًا \(المجموع 6\)/);
  });
});

describe('SettingsPanel', () => {
  const settings = { paused: false, retentionDays: 30, recordPrivate: false };
  const defaults = { person: true, country: true, demonym: true, quote: true };
  const handlers = () => ({ defaults, onDefaults: vi.fn(), onSettings: vi.fn(), onExport: vi.fn(), onImport: vi.fn(), onClear: vi.fn() });

  it('changes settings, exports and imports a chosen file', () => {
    const h = handlers();
    render(<SettingsPanel settings={settings} transfer={{ kind: 'idle' }} {...h} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /أوقف/ }));
    expect(h.onSettings).toHaveBeenLastCalledWith({ paused: true });
    fireEvent.click(screen.getByRole('checkbox', { name: /النوافذ الخاصة/ }));
    expect(h.onSettings).toHaveBeenLastCalledWith({ recordPrivate: true });
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('30');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '365' } });
    expect(h.onSettings).toHaveBeenLastCalledWith({ retentionDays: 365 });
    fireEvent.click(screen.getByText('صدّر السجل (JSON)'));
    expect(h.onExport).toHaveBeenCalledOnce();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['{}'], 'h.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(h.onImport).toHaveBeenCalledWith(file);
  });

  it('sets the highlight types shown on new pages', () => {
    const h = handlers();
    const { rerender } = render(<SettingsPanel settings={settings} transfer={{ kind: 'idle' }} {...h} defaults={{ ...defaults, quote: false }} />);
    const group = screen.getByRole('group', { name: 'التمييز على الصفحات الجديدة' });
    const boxes = [...group.querySelectorAll('input')] as HTMLInputElement[];
    expect(boxes.map((b) => [b.name, b.checked])).toEqual([['default-person', true], ['default-country', true], ['default-demonym', true], ['default-quote', false]]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'النسب إلى الدول' }));
    expect(h.onDefaults).toHaveBeenLastCalledWith({ demonym: false });
    // Until the saved defaults are read, no switch pretends to show them.
    rerender(<SettingsPanel settings={settings} transfer={{ kind: 'idle' }} {...h} defaults={null} />);
    expect(screen.queryByRole('group', { name: 'التمييز على الصفحات الجديدة' })).toBeNull();
  });

  it('shows progress while a transfer runs, and its outcome', () => {
    const h = handlers();
    const { rerender } = render(<SettingsPanel settings={settings} transfer={{ kind: 'running', what: 'import', done: 400, total: 1000 }} {...h} />);
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([400, 1000]);
    expect((screen.getByText('صدّر السجل (JSON)') as HTMLButtonElement).disabled).toBe(true);
    rerender(<SettingsPanel settings={settings} transfer={{ kind: 'error', message: 'الملف تالف' }} {...h} />);
    expect(screen.getByRole('alert').textContent).toBe('الملف تالف');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('TopEntities and ProblemBanner', () => {
  it('lists people and countries apart and reports the period and the choice', () => {
    const on = { onPeriod: vi.fn(), onSelect: vi.fn() };
    render(
      <TopEntities
        period="week"
        tallies={[
          { entity: 'p:a', name: 'أ', type: 'person', mentions: 9, pages: 3 },
          { entity: 'EG', name: 'مصر', type: 'country', mentions: 4, pages: 2 },
        ]}
        {...on}
      />,
    );
    expect(screen.getByRole('region', { name: 'الأشخاص' }).textContent).toContain('أ');
    expect(screen.getByRole('region', { name: 'الدول' }).textContent).toContain('مصر');
    fireEvent.click(screen.getByText('مصر'));
    expect(on.onSelect).toHaveBeenCalledWith('EG');
    fireEvent.click(screen.getByRole('radio', { name: 'هذا الشهر' }));
    expect(on.onPeriod).toHaveBeenCalledWith('month');
  });

  it.each([
    ['quota', /امتلأت مساحة التخزين/],
    ['blocked', /أغلق صفحات هامش الأخرى/],
    ['version', /إصدار أحدث/],
    ['unavailable', /غير متاح الآن: boom/],
  ] as const)('explains %s', (problem, text) => {
    render(<ProblemBanner problem={problem} detail="boom" />);
    expect(screen.getByRole('alert').textContent).toMatch(text);
  });
});
