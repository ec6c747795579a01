import { countScriptLetters, judgeScript, type ScriptCounts, type ScriptVerdict } from '@/utils/nlp/script-language';
import { sampleParagraphText, sampleVisibleText } from './sample-text';

/** The cheap verdict taken on every page before anything heavier loads. */
export interface GateResult {
  script: ScriptVerdict;
  counts: ScriptCounts;
  sampledChars: number;
  /** Which sample was judged: the title and paragraphs, or the text nodes from the top of the body. */
  sample: 'paragraphs' | 'page-start';
}

/**
 * Samples the page's text and judges its script, in well under a millisecond on most pages.
 *
 * First the title and the paragraphs, up to a quarter of `maxChars`: the prose, read without visiting
 * the menus before it. Their verdict stands when it is Arabic, or another language of the
 * Arabic script, or when they are not Arabic and hold no Arabic-script letter at all. Otherwise
 * (a page without paragraphs, too little text in them, Arabic letters in the minority) the
 * verdict is taken on the first `maxChars` characters of the body's text, the menus with them,
 * so that a page is never called not Arabic from its paragraphs alone while Arabic shows on it.
 */
export function checkPageScript(doc: Document, maxChars = 6000): GateResult {
  const quick = sampleParagraphText(doc, maxChars >> 2);
  const quickCounts = countScriptLetters(quick);
  const quickVerdict = judgeScript(quickCounts);
  if (quickVerdict === 'arabic' || quickVerdict === 'other-arabic-script' || (quickVerdict === 'other' && quickCounts.arabicScript === 0)) {
    return { script: quickVerdict, counts: quickCounts, sampledChars: quick.length, sample: 'paragraphs' };
  }
  const sample = sampleVisibleText(doc, maxChars);
  const counts = countScriptLetters(sample);
  return { script: judgeScript(counts), counts, sampledChars: sample.length, sample: 'page-start' };
}
