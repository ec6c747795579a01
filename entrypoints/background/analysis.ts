/**
 * Page analysis for every tab, in the background: the model is loaded once per background
 * lifetime instead of once per page, and no web page's main thread ever carries it. The work
 * runs in slices, so that history writes and popup requests are answered in between.
 */
import { analyseSteps } from '@/utils/nlp/pipeline';
import type { Analysis } from '@/utils/nlp/types';

/** Longest stretch of analysis before other messages get a turn. */
const SLICE_MS = 20;
const WARM_UP = 'قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن «الحوار مع روسيا ضروري».';

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * analyse(text), a slice at a time.
 * @example await analyseInSlices('وقال أردوغان: «…»') → { entities: [...], quotes: [...] }
 */
export async function analyseInSlices(text: string): Promise<Analysis> {
  const steps = analyseSteps(text);
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}

let warming: Promise<unknown> | null = null;

/** Loads the model ahead of the first request (a page the gate found Arabic is about to ask). */
export function warmUp(): Promise<unknown> {
  warming ??= analyseInSlices(WARM_UP).catch(() => null);
  return warming;
}
