/**
 * Readability's weights of a candidate container for the main-content finder (main-content.ts):
 * by its class and id names, and by its tag.
 */
import { tagOf } from './dom-text';

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|detail|news-?item/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|most|popular|breadcrumb|menu|nav|social|newsletter|recommend/i;

/** Class/id weight as in Readability: +25 for article-like names, −25 for boilerplate ones. */
export function classWeight(el: Element): number {
  let w = 0;
  for (const name of [el.getAttribute('class') ?? '', el.id]) {
    if (!name) continue;
    if (NEGATIVE.test(name)) w -= 25;
    if (POSITIVE.test(name)) w += 25;
  }
  if (el.getAttribute('itemprop') === 'articleBody') w += 50;
  return w;
}

/** Tag weight as in Readability: containers up, lists and headings down. */
export function tagWeight(el: Element): number {
  const tag = tagOf(el);
  if (tag === 'DIV' || tag === 'ARTICLE' || tag === 'SECTION' || tag === 'MAIN') return 5;
  if (tag === 'TD' || tag === 'BLOCKQUOTE' || tag === 'PRE') return 3;
  if (tag === 'FORM' || tag === 'UL' || tag === 'OL' || tag === 'DL' || tag === 'LI' || tag === 'ADDRESS') return -3;
  if (/^H[1-6]$/.test(tag) || tag === 'TH') return -5;
  return 0;
}
