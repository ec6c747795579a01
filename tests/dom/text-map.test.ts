import { describe, expect, it } from 'vitest';
import { parseHtml } from '../tools/html-document';
import { BLOCK_SEPARATOR, TextMapBuilder, buildTextMap, rangesForSpan, type TextMap } from '@/utils/page/text-map';

function body(html: string): HTMLElement {
  return parseHtml(`<html><body>${html}</body></html>`).body;
}

/** The text a span covers once the inserted separators are left out (what Ranges must show). */
function withoutSeparators(map: TextMap, start: number, end: number): string {
  return map.segments
    .filter((s) => s.end > start && s.start < end)
    .map((s) => s.node.data.slice(Math.max(start, s.start) - s.start, Math.min(end, s.end) - s.start))
    .join('');
}

function rangeText(map: TextMap, start: number, end: number): string {
  return rangesForSpan(map, start, end).map((r) => r.toString()).join('');
}

describe('buildTextMap', () => {
  it('joins inline elements without a separator and puts one between blocks', () => {
    const map = buildTextMap(body('<p>قال <b>الرئيس</b> <a href="#">السوري</a></p><p>إن المحادثات</p>'));
    expect(map.text).toBe(`قال الرئيس السوري${BLOCK_SEPARATOR}إن المحادثات`);
    for (const s of map.segments) expect(map.text.slice(s.start, s.end)).toBe(s.node.data);
  });

  it('separates text cut by <br> and by nested blocks', () => {
    const map = buildTextMap(body('<div>السطر الأول<br>السطر الثاني<div>فقرة</div>ذيل</div>'));
    expect(map.text.split('\n')).toEqual(['السطر الأول', 'السطر الثاني', 'فقرة', 'ذيل']);
  });

  it('leaves out scripts, styles, form fields, editable and hidden regions and our own nodes', () => {
    const map = buildTextMap(
      body(
        '<p>نص<script>var x="خطأ"</script><style>p{}</style><noscript>خطأ</noscript><template>خطأ</template></p>' +
          '<textarea>خطأ</textarea><input value="خطأ"><select><option>خطأ</option></select><button>خطأ</button>' +
          '<div contenteditable="true">خطأ</div><div hidden>خطأ</div><div aria-hidden="true">خطأ</div>' +
          '<div style="display: none">خطأ</div><hamish-card>خطأ</hamish-card><p>آخر</p>',
      ),
    );
    expect(map.text).toBe('نص\nآخر');
  });

  it('reads a list of blocks in order and leaves excluded subtrees out', () => {
    const root = body('<h1>العنوان</h1><nav>قائمة</nav><div id="b"><p>فقرة أولى</p><ul class="share"><li>شارك</li></ul><p>فقرة ثانية</p></div>');
    const [h1, div] = [root.querySelector('h1') as Element, root.querySelector('#b') as Element];
    const map = buildTextMap({ blocks: [h1, div], exclude: [root.querySelector('.share') as Element] });
    expect(map.text).toBe('العنوان\nفقرة أولى\nفقرة ثانية');
  });

  it('reads a block nested in another block of the list once', () => {
    const root = body('<div id="a"><p id="b">مرة</p></div>');
    const map = buildTextMap([root.querySelector('#a') as Element, root.querySelector('#b') as Element]);
    expect(map.text).toBe('مرة');
  });

  it('gives the same map when built in slices of a few nodes', () => {
    const root = body('<p>قال <b>الرئيس</b></p><div>نص<br>آخر<span> هنا</span></div>'.repeat(20));
    const builder = new TextMapBuilder(root);
    let steps = 0;
    while (!builder.advance(3)) steps++;
    const sliced = builder.result();
    const whole = buildTextMap(root);
    expect(steps).toBeGreaterThan(10);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.map((s) => [s.start, s.end, s.run])).toEqual(whole.segments.map((s) => [s.start, s.end, s.run]));
  });

  it('stops at its size limit inside a long node, keeping offsets exact, and says so', () => {
    const root = body(`<p>أول</p><p>${'ب'.repeat(50)}</p><p>لن يقرأ</p>`);
    const builder = new TextMapBuilder(root, 20);
    while (!builder.advance(1));
    const map = builder.result();
    expect(map.text).toBe(`أول\n${'ب'.repeat(16)}`);
    expect(map.text.length).toBe(20);
    const last = map.segments[map.segments.length - 1]!;
    expect(map.text.slice(last.start, last.end)).toBe(last.node.data.slice(0, last.end - last.start));
    const whole = new TextMapBuilder(root, 1000);
    whole.advance();
    expect(whole.result().text).toBe(buildTextMap(root).text);
  });
});

describe('rangesForSpan', () => {
  it('covers a span that crosses <b> and <a> with one Range', () => {
    const map = buildTextMap(body('<p>قال الرئيس <b>بشار</b> <a href="#">الأسد</a> أمس</p>'));
    const start = map.text.indexOf('بشار');
    const end = map.text.indexOf('الأسد') + 'الأسد'.length;
    const ranges = rangesForSpan(map, start, end);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]?.toString()).toBe('بشار الأسد');
  });

  it('starts and ends inside words (a clitic left outside the highlight)', () => {
    const map = buildTextMap(body('<p>وروسيا <i>وأوكرانيا</i></p>'));
    expect(rangeText(map, 1, 6)).toBe('روسيا');
    const at = map.text.indexOf('وأوكرانيا') + 1;
    expect(rangeText(map, at, at + 'أوكرانيا'.length)).toBe('أوكرانيا');
  });

  it('never puts the inserted separator inside a Range', () => {
    const map = buildTextMap(body('<p>نهاية الفقرة</p><p>بداية التالية</p>'));
    const sep = map.text.indexOf('\n');
    expect(rangeText(map, sep - 5, sep + 6)).toBe('لفقرةبداية');
    expect(rangeText(map, sep - 5, sep + 6)).toBe(withoutSeparators(map, sep - 5, sep + 6));
    expect(rangesForSpan(map, sep, sep + 1)).toEqual([]);
  });

  it('splits the span where left-out text lies between its nodes', () => {
    const map = buildTextMap(body('<p>قبل<span hidden>مخفي</span>بعد</p>'));
    const ranges = rangesForSpan(map, 0, map.text.length);
    expect(map.text).toBe('قبلبعد');
    expect(ranges.map((r) => r.toString())).toEqual(['قبل', 'بعد']);
  });

  it('returns nothing for an empty span and clips a span running past the text', () => {
    const map = buildTextMap(body('<p>نص</p>'));
    expect(rangesForSpan(map, 1, 1)).toEqual([]);
    expect(rangeText(map, 0, 99)).toBe('نص');
  });

  it('leaves the DOM as it was', () => {
    const root = body('<p>قال <b>الرئيس</b></p><p>إن</p>');
    const before = root.innerHTML;
    const map = buildTextMap(root);
    rangesForSpan(map, 2, 9);
    expect(root.innerHTML).toBe(before);
  });
});
