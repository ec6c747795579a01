/**
 * Inside the chosen article region, the subtrees that are not the article: navigation, share
 * bars, tag lists, "اقرأ أيضا" rails, comments. An element that holds most of the region's
 * prose is never left out, whatever its class says (class names lie: "article-share" …).
 */
import { isBlockElement, isSkippedElement, tagOf } from './dom-text';
import { isProseParagraph, linkDensity, statsOf, type PageMeasure } from './content-score';

const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'MENU']);
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar']);
// Rails and comments may hold prose of their own; page chrome never does, so a chrome name on an
// element that holds prose is a coincidence (youm7 marks every body paragraph "selectionShareable").
const RAIL_NAMES =
  /related|comment|sidebar|footer|most-?read|mostread|popular|recommend|outbrain|taboola|more-?(news|stories|articles)|read-?more|newsletter|promo|sponsor|advert|widget/i;
const CHROME_NAMES =
  /shar(e|ing)|social|breadcrumb|(^|[\s_-])tags?($|[\s_-])|tag-?list|keyword|subscri|(^|[\s_-])ads?($|[\s_-])|dfp|banner|print|rating|byline|next|prev|pagination|pager|(^|[\s_-])nav|menu/i;
// Section labels of rails and boilerplate on Arabic news sites, matched at the start of a short heading.
const RAIL_LABELS =
  /^\s*(?:إ?اقرأ|إقرأ|اقرأ)\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|^\s*(?:الأكثر|الاكثر)\s+(?:قراءة|مشاهدة|تداولا|تداولاً|تعليقا)|ذات\s+صلة|^\s*(?:أخبار|اخبار|مقالات|مواضيع|موضوعات)\s+(?:متعلقة|مشابهة|أخرى|ذات)|^\s*(?:شارك|مشارك[ةه]|تابعونا|تابعنا)(?:\s+\S+)?\s*:?\s*$|^\s*(?:الكلمات|كلمات)\s+(?:الدالة|دالة|مفتاحية)|^\s*(?:الوسوم|وسوم|التعليقات|تعليقات|أضف تعليق)|^\s*(?:ترشيحاتنا|لمزيد من)/;

function* prose(measure: PageMeasure, blocks: readonly Element[], slice: number): Generator<void, Map<Element, number>> {
  const mass = new Map<Element, number>();
  const roots = new Set(blocks);
  let n = 0;
  for (const p of measure.paragraphs) {
    if (++n % slice === 0) yield;
    if (!isProseParagraph(p)) continue;
    const path: Element[] = [];
    let e: Element | null = p.holder;
    for (; e && !roots.has(e); e = e.parentElement) path.push(e);
    if (!e) continue;
    path.push(e);
    for (const a of path) mass.set(a, (mass.get(a) ?? 0) + p.chars);
  }
  return mass;
}

function railHeadingParents(measure: PageMeasure, block: Element, keep: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const h of block.querySelectorAll('h2, h3, h4, h5, h6, strong, b, span, div, p')) {
    // Only short elements can be a label; reading a long one's text would cost its whole subtree.
    if (statsOf(measure, h).chars > 40) continue;
    const text = h.textContent ?? '';
    if (text.length > 40 || !RAIL_LABELS.test(text)) continue;
    const parent = h.parentElement;
    out.push(parent && parent !== block && !keep(parent) ? parent : h);
  }
  return out;
}

/**
 * The elements to leave out of `blocks` (none of them containing the headline), in steps: a
 * yield every `slice` paragraphs or elements.
 * @example runSteps(findExclusionsSteps(measure, [body], h1, 400)) → [<div class="share">شارك</div>, <ul class="related">…</ul>]
 */
export function* findExclusionsSteps(measure: PageMeasure, blocks: readonly Element[], headline: Element | null, slice: number): Generator<void, Element[]> {
  const mass = yield* prose(measure, blocks, slice);
  const total = blocks.reduce((n, b) => n + (mass.get(b) ?? 0), 0);
  // Holding a quarter of the region's prose is enough to be the article (or part of it).
  const keep = (el: Element) => (mass.get(el) ?? 0) > total * 0.25 || (headline !== null && el.contains(headline));
  const isBoilerplate = (el: Element): boolean => {
    const tag = tagOf(el);
    if (BOILERPLATE_TAGS.has(tag) || (tag === 'HEADER' && !mass.get(el))) return true;
    if (el.attributes.length > 0) {
      if (BOILERPLATE_ROLES.has(el.getAttribute('role') ?? '')) return true;
      const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-labelledby') ?? ''}`;
      if (RAIL_NAMES.test(names) || (CHROME_NAMES.test(names) && !mass.get(el))) return true;
    }
    if (!isBlockElement(el)) return false;
    const s = statsOf(measure, el);
    // A short paragraph may link a name ("قال <a>الوزير</a> ذلك"); a box of teasers links most of its text.
    const box = tag !== 'P' && !mass.get(el);
    return s.chars >= 10 && (linkDensity(s) > 0.5 || (box && linkDensity(s) > 0.35));
  };
  const out = new Set<Element>();
  let n = 0;
  for (const block of blocks) {
    for (const el of railHeadingParents(measure, block, keep)) if (!keep(el)) out.add(el);
    yield;
    const stack: Element[] = [...Array.from(block.children)].reverse();
    while (stack.length) {
      if (++n % slice === 0) yield;
      const el = stack.pop() as Element;
      if (isSkippedElement(el) || out.has(el)) continue;
      if (!keep(el) && isBoilerplate(el)) {
        out.add(el);
        continue;
      }
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
  }
  // Drop exclusions nested in other exclusions, keeping document order.
  const list = [...out].filter((el) => ![...out].some((o) => o !== el && o.contains(el)));
  return list.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
