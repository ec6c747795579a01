/**
 * A verb opening a clause before a surname the page has already given in full: the news open a
 * clause with و and a perfect verb whose subject follows (ونوه قاسم beside حسن قاسم، وشكر العتيبي
 * beside صالح العتيبي). The tagger reads the verb as a given name; a word no list knows as a name,
 * of the three root letters of a perfect, before the surname of another full name on the page,
 * is the verb, and the mention is the surname alone; so is a word the lists know only as a common
 * word there (وبفضل صمود هوبير beside إيزابيل هوبير، وعبرت مور beside ديمي مور), or a verbal noun that
 * governs the name (ورغم ثناء أوباما beside باراك أوباما); so is an imperfect verb that no list knows as
 * a name, with no conjunction (- تجيب ناغوسكي beside إيميلي ناغوسكي).
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import type { BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { NAME_CLASS } from './people-not-names';

/** Verbal nouns that govern a name after them (ثناء أوباما، رهان أوباما، إشادة ترامب), folded. */
const GOVERNING_NOUNS = new Set(['ثناء', 'رهان', 'اشادة', 'انتقاد', 'تصريح', 'تصريحات', 'دعوة', 'موقف', 'زيارة', 'حديث', 'كلام', 'خطاب', 'رسالة', 'وعد', 'تهديد', 'تحذير', 'رفض', 'قبول', 'اعلان', 'تعهد']);

/** A conjunction before the verb, read off the word by the tagger (ونوه → نوه). */
const CONJUNCTION = /^[وف]/;

/** Imperfect verbs of the first form, folded: ي or ت and three letters (تجيب، يقول). */
const IMPERFECT = /^[يت][^\s]{3}$/;

/** Perfect verbs of the first form, folded: three letters (شكر، نوه، أكد). */
const PERFECT = /^[^\s]{3}$/;

/**
 * Trims, in place, the first word of each two-word draft that is a perfect verb after a
 * conjunction, or a common word, before the surname of another full name of the drafts.
 * @example trimVerbBeforeSurname(ctx of 'قال حسن قاسم … ونوه قاسم بأن', drafts 'حسن قاسم', 'نوه قاسم') → 'حسن قاسم', 'قاسم'
 */
export function trimVerbBeforeSurname(ctx: BoundsContext, drafts: Draft[]): void {
  // The first words of the page's full names, by surname.
  const firstBySurname = new Map<string, Set<string>>();
  for (const d of drafts) {
    if (d.words.length < 2) continue;
    const last = d.words[d.words.length - 1]!;
    if (!firstBySurname.has(last)) firstBySurname.set(last, new Set());
    firstBySurname.get(last)!.add(d.words[0]!);
  }
  for (const d of drafts) {
    if (d.words.length !== 2) continue;
    const [verb, surname] = d.words as [string, string];
    const firsts = firstBySurname.get(surname);
    const token = ctx.tokens[d.tokenStart], next = ctx.tokens[d.tokenStart + 1];
    if (!firsts || ![...firsts].some((f) => f !== verb) || !token || next?.kind !== 'word') continue;
    const written = foldArabic(token.text);
    // (or an imperfect, with no conjunction: - تجيب ناغوسكي beside إيميلي ناغوسكي)
    const isVerb = (CONJUNCTION.test(written) && written.slice(1) === verb && PERFECT.test(verb) || written === verb && IMPERFECT.test(verb)) && !(ctx.classOf(verb) & NAME_CLASS);
    // وبفضل صمود هوبير beside إيزابيل هوبير: a word the lists know only as a common noun; ورغم
    // ثناء أوباما beside باراك أوباما: a verbal noun that governs the name (the lists know some as given names).
    if (!isVerb && ctx.classOf(verb) !== LEX.COMMON && !GOVERNING_NOUNS.has(verb)) continue;
    d.start = next.start;
    d.words = [surname];
    d.tokenStart++;
  }
}
