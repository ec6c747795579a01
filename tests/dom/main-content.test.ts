import { describe, expect, it } from 'vitest';
import { findMainContent, findMainContentSteps } from '@/utils/page/main-content';
import { measurePage, measurePageSteps } from '@/utils/page/content-score';
import { buildTextMap } from '@/utils/page/text-map';
import { parseHtml } from '../tools/html-document';

const sentence = 'قال وزير الخارجية، في مؤتمر صحفي عقده أمس في العاصمة، إن المحادثات مع الجانب الروسي ستستمر خلال الأيام المقبلة. ';
const para = (n: number, cls = '') => `<p${cls ? ` class="${cls}"` : ''}>${sentence.repeat(2)}${n}</p>`;

function page(inner: string, title = 'الوزير: المحادثات مع روسيا ستستمر - موقع الأخبار'): Document {
  return parseHtml(`<html><head><title>${title}</title></head><body>${inner}</body></html>`);
}

function mainText(doc: Document): string {
  return buildTextMap(findMainContent(doc)).text;
}

const nav = '<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/s">سياسة</a></li><li><a href="/e">اقتصاد</a></li></ul></nav>';
const rail =
  '<aside class="sidebar"><h3>الأكثر قراءة</h3><ul>' +
  [1, 2, 3, 4].map((i) => `<li><a href="/a${i}">خبر آخر رقم ${i} عن موضوع مختلف تماما</a></li>`).join('') +
  '</ul></aside>';
const footer = '<footer><p>جميع الحقوق محفوظة لموقع الأخبار، ٢٠٢٤.</p></footer>';

describe('findMainContent', () => {
  it('keeps the headline and the body, and leaves out navigation, rails and footer', () => {
    const doc = page(
      `<header><h1>موقع الأخبار</h1>${nav}</header><div class="wrap"><div class="story">` +
        `<h1>الوزير: المحادثات مع روسيا ستستمر</h1><div class="story-body">${para(1)}${para(2)}${para(3)}</div></div>${rail}</div>${footer}`,
    );
    const text = mainText(doc);
    expect(text).toContain('الوزير: المحادثات مع روسيا ستستمر');
    for (const n of [1, 2, 3]) expect(text).toContain(`المقبلة. ${n}`);
    expect(text).not.toContain('الرئيسية');
    expect(text).not.toContain('الأكثر قراءة');
    expect(text).not.toContain('خبر آخر');
    expect(text).not.toContain('جميع الحقوق');
    expect(text).not.toContain('موقع الأخبار');
    expect(findMainContent(doc).headline?.textContent).toBe('الوزير: المحادثات مع روسيا ستستمر');
  });

  it('puts a headline that sits outside the body container first', () => {
    const doc = page(`<div class="top"><h1>الوزير: المحادثات مع روسيا ستستمر</h1></div>${nav}<div class="content">${para(1)}${para(2)}${para(3)}</div>`);
    const main = findMainContent(doc);
    expect(main.blocks[0]?.tagName).toBe('H1');
    expect(mainText(doc).startsWith('الوزير: المحادثات مع روسيا ستستمر\n')).toBe(true);
  });

  it('leaves out share bars, related links and "اقرأ أيضا" inside the body', () => {
    const doc = page(
      `<article><h1>الوزير: المحادثات مع روسيا ستستمر</h1>${para(1)}<div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a></div>` +
        `${para(2)}<div><h4>اقرأ أيضا</h4><ul><li><a href="/x">عنوان خبر آخر طويل بعض الشيء هنا</a></li><li><a href="/y">وعنوان خبر ثالث طويل أيضا هنا</a></li></ul></div>` +
        `${para(3)}<ul class="related"><li><a href="/z">خبر ذو صلة بعنوان طويل جدا جدا</a></li></ul></article>`,
    );
    const text = mainText(doc);
    expect(text).toContain('3');
    expect(text).not.toContain('فيسبوك');
    expect(text).not.toContain('اقرأ أيضا');
    expect(text).not.toContain('عنوان خبر آخر');
    expect(text).not.toContain('خبر ذو صلة');
  });

  it('keeps body paragraphs whose class happens to mention sharing (youm7 "selectionShareable")', () => {
    const doc = page(`<h1>الوزير: المحادثات مع روسيا ستستمر</h1><div id="articleBody">${para(1, 'selectionShareable')}${para(2, 'selectionShareable')}${para(3, 'selectionShareable')}</div>`);
    const text = mainText(doc);
    for (const n of [1, 2, 3]) expect(text).toContain(`المقبلة. ${n}`);
  });

  it('finds nothing on a page without prose and says so in its counts', () => {
    const doc = page(`${nav}<ul>${[1, 2, 3].map((i) => `<li><a href="/${i}">رابط ${i}</a></li>`).join('')}</ul>`);
    const main = findMainContent(doc);
    expect(main.stats.mainParagraphs).toBe(0);
    expect(main.stats.pageLinkChars / main.stats.pageChars).toBeGreaterThan(0.8);
  });

  it('counts prose paragraphs and links of the region for the detector', () => {
    const doc = page(`<h1>الوزير: المحادثات مع روسيا ستستمر</h1><div class="content">${para(1)}${para(2)}<p>قال <a href="/p">الوزير</a> ذلك.</p></div>${rail}`);
    const { stats } = findMainContent(doc);
    expect(stats.mainParagraphs).toBe(2);
    expect(stats.mainLinks).toBe(1);
    expect(stats.pageParagraphs).toBe(2);
    expect(stats.mainChars).toBeLessThan(stats.pageChars);
  });

  it('changes nothing in the page', () => {
    const doc = page(`<h1>الوزير</h1><div class="content">${para(1)}${para(2)}</div>${rail}${footer}`);
    const before = doc.documentElement.outerHTML;
    findMainContent(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('can be run a slice at a time on a long page, with the same answer', () => {
    const doc = page(`${nav}<h1>الوزير: المحادثات مع روسيا ستستمر</h1><div class="content">${Array.from({ length: 300 }, (_, i) => para(i)).join('')}</div>${rail}`);
    const steps = findMainContentSteps(doc);
    let r = steps.next();
    while (!r.done) r = steps.next();
    const whole = findMainContent(doc);
    expect(r.value.blocks).toEqual(whole.blocks);
    expect(r.value.exclude).toEqual(whole.exclude);
    const sliced = measurePageSteps(doc, doc.body, 50);
    let n = 0;
    let m = sliced.next();
    for (; !m.done; m = sliced.next()) n++;
    expect(n).toBeGreaterThan(5);
    const once = measurePage(doc);
    expect(m.value.paragraphs.map((p) => p.chars)).toEqual(once.paragraphs.map((p) => p.chars));
    expect(m.value.stats.get(doc.body)).toEqual(once.stats.get(doc.body));
  });
});
