/**
 * The content script's side of the analysis: the page's text goes to the background, which keeps
 * the model loaded, and comes back as an analysis with offsets in that text.
 */
import { type Reply, type Sender } from '@/utils/messaging/protocol';
import { LIMITS } from '@/utils/messaging/limits';
import { fromWire } from '@/utils/messaging/analysis-wire';
import type { PageAnalysis } from '@/utils/messaging/schemas';

/**
 * The analysis of a page's text, done by the background (where the model stays loaded). A long
 * text goes in parts, each message a task of its own. A background stopped in the middle (the
 * browser may stop it at any time) is asked once more.
 */
export async function analyseInBackground(sendMessage: Sender, text: string): Promise<PageAnalysis> {
  let reply = await requestAnalysis(sendMessage, text);
  if (!reply.ok) reply = await requestAnalysis(sendMessage, text);
  if (!reply.ok) throw new Error(`analysis failed: ${reply.error}`);
  return { analysis: fromWire(reply.value.analysis, text), countries: reply.value.countries };
}

async function requestAnalysis(sendMessage: Sender, text: string): Promise<Reply<'analyseText'>> {
  if (text.length <= LIMITS.analysisPart) return sendMessage('analyseText', { text });
  const upload = crypto.randomUUID();
  for (let index = 0, at = 0; at < text.length; index++, at += LIMITS.analysisPart) {
    const sent = await sendMessage('analyseTextPart', { upload, index, part: text.slice(at, at + LIMITS.analysisPart) });
    if (!sent.ok) return sent;
  }
  return sendMessage('analyseUpload', { upload });
}

/** Runs `fn` when the page is idle (soon in any case). */
export function idle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}
