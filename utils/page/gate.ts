import { countScriptLetters, judgeScript, type ScriptCounts, type ScriptVerdict } from '@/utils/nlp/script-language';
import { sampleVisibleText } from './sample-text';

/** The cheap verdict taken on every page before anything heavier loads. */
export interface GateResult {
  script: ScriptVerdict;
  counts: ScriptCounts;
  sampledChars: number;
}

/**
 * Samples the page's text and judges its script. Costs well under a millisecond on a
 * non-Arabic page: the sample is bounded and letter counting is a single pass.
 */
export function checkPageScript(doc: Document, maxChars = 6000): GateResult {
  const sample = sampleVisibleText(doc, maxChars);
  const counts = countScriptLetters(sample);
  return { script: judgeScript(counts), counts, sampledChars: sample.length };
}
