/**
 * Page analysis for every tab, in the background: the model is loaded once per background
 * lifetime instead of once per page, and no web page's main thread ever carries it. The work
 * runs in slices, so that history writes and popup requests are answered in between.
 */
import type { PageAnalysis } from '@/utils/messaging/schemas';
import { countryInfo } from '@/utils/nlp/countries';
import { analyseSteps } from '@/utils/nlp/pipeline';
import type { Analysis } from '@/utils/nlp/types';
import { runSliced } from '@/utils/schedule';

/** Longest stretch of analysis before other messages get a turn. */
const SLICE_MS = 20;
const WARM_UP = 'قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن «الحوار مع روسيا ضروري».';

/**
 * analyse(text), a slice at a time.
 * @example await analyseInSlices('وقال أردوغان: «…»') → { entities: [...], quotes: [...] }
 */
export async function analyseInSlices(text: string): Promise<Analysis> {
  // Never cancelled, so never null.
  return (await runSliced(analyseSteps(text), { longestSlice: 0, steps: 0 }, SLICE_MS)) as Analysis;
}

/**
 * A page's analysis with the capital and region of every country it mentions (the card shows
 * them; the table stays here instead of travelling with every page's annotator).
 * @example (await analysePage('زار الوزير مصر')).countries.EG → { capital: 'القاهرة', region: 'أفريقيا' }
 */
export async function analysePage(text: string): Promise<PageAnalysis> {
  const analysis = await analyseInSlices(text);
  const countries: PageAnalysis['countries'] = {};
  for (const e of analysis.entities) {
    if (e.type !== 'country' || Object.hasOwn(countries, e.entity)) continue;
    const info = countryInfo(e.entity);
    countries[e.entity] = { ...(info?.capital ? { capital: info.capital } : {}), ...(info?.region ? { region: info.region } : {}) };
  }
  return { analysis, countries };
}

let warming: Promise<unknown> | null = null;

/** Loads the model ahead of the first request (a page the gate found Arabic is about to ask). */
export function warmUp(): Promise<unknown> {
  warming ??= analyseInSlices(WARM_UP).catch(() => null);
  return warming;
}
