/**
 * The content script that runs on every http(s) page.
 *
 *   document_idle ─▶ checkPageScript (bounded text sample, letter counts)
 *        ├─ not Arabic ─▶ report the verdict, stop (nothing else is loaded)
 *        └─ Arabic ─────▶ report the verdict (annotation arrives with later steps)
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkPageScript } from '@/utils/page/gate';
import { sendMessage } from '@/utils/messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const gate = checkPageScript(document);
    const handled = gate.script === 'arabic';
    void sendMessage('reportPageCheck', {
      url: location.href.slice(0, 2048),
      title: document.title.slice(0, 500),
      script: gate.script,
      arabicLetters: gate.counts.arabicScript,
      otherLetters: gate.counts.otherLetters,
      handled,
      reasons: [],
    });
  },
});
