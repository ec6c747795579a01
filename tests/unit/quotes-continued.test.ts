import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from './person-mentions';

/** The people of these sentences that `text` names, as marked mentions. */
const PEOPLE: Array<[string, string]> = [['سمير حداد', 'p:سمير'], ['أمينة الكردي', 'p:أمينة']];
const named = (text: string) => PEOPLE.filter(([name]) => text.includes(name));

describe('quotes-continued: a continuing verb with a described subject goes on with the last speaker', () => {
  it.each([
    // ويضيف الخبير: the man just quoted, described anew.
    ['قال سمير حداد إن «الأزمة طويلة». ويضيف الخبير اللبناني: «الأسعار لن تنخفض قريبا».', ['سمير حداد', 'سمير حداد']],
    // وتضيف الخبيرة after a man: a verb of the other gender goes on with someone new.
    ['قال سمير حداد إن «الأزمة طويلة». وتضيف الخبيرة اللبنانية: «الأسعار لن تنخفض قريبا».', ['سمير حداد', 'الخبيرة اللبنانية']],
    // وتابعت after a woman, whatever form her description takes.
    ['قالت أمينة الكردي إن «الأزمة طويلة». وتابعت المتحدثة: «الأسعار لن تنخفض قريبا».', ['أمينة الكردي', 'أمينة الكردي']],
  ])('%s', (text, expected) => {
    expect(quoteSpeakers(text, named(text))).toEqual(expected);
  });
});
