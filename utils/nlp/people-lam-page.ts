/**
 * A name behind the preposition ل that the page also writes without it: the ل stays out
 * (يعود للماركيز دو ساد beside روائيين لماركيز دو ساد → ماركيز دو ساد). The tagger reads a
 * clitic off a word when the rest stands bare on the page; a page that writes the name twice
 * with ل holds the clitic-bearing form bare, so one ل of لل stays inside the name.
 */
import { foldArabic } from './normalize';
import { isPartOf, type Draft } from './people-link';

/** The preposition ل opening a word, a conjunction before it allowed (لماركيز، ولمحسن). */
const LAM = /^[وف]?ل/;

/** The shortest stem left after the ل that counts as a name word. */
const MIN_STEM = 3;

/** The offset in `text` after the letter at `at` and the marks on it. */
function afterLetter(text: string, at: number): number {
  let k = at + 1;
  while (k < text.length && /\p{M}/u.test(text[k]!)) k++;
  return k;
}

/**
 * Takes, in place, the ل (and a conjunction before it) off each draft whose first word opens with it when the page's drafts
 * name the same person without it (the whole name or a fuller one: لكارلا بروني beside كارلا بروني ساركوزي).
 * @example stripLamByPageName(text 'يعود للماركيز دو ساد … روائيين لماركيز دو ساد', drafts 'لماركيز دو ساد', 'ماركيز دو ساد') → 'ماركيز دو ساد' twice
 */
export function stripLamByPageName(text: string, drafts: Draft[]): void {
  const names = drafts.filter((d) => !LAM.test(d.words[0]!)).map((d) => d.words);
  for (const d of drafts) {
    const first = d.words[0]!;
    const lam = LAM.exec(first)?.[0] ?? '';
    if (!lam || first.length - lam.length < MIN_STEM) continue;
    const bare = [first.slice(lam.length), ...d.words.slice(1)];
    const key = bare.join(' ');
    if (!names.some((w) => w.join(' ') === key || isPartOf(bare, w))) continue;
    let start = d.start;
    for (const letter of lam) {
      if (foldArabic(text[start] ?? '') !== letter) break;
      start = afterLetter(text, start);
    }
    if (start - d.start < lam.length) continue;
    d.start = start;
    d.words = bare;
  }
}
