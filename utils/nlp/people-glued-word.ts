/**
 * A common word glued before a name the page has already given alone: the tagger reads a noun,
 * a verb or a word with a pronoun before a known name as a given name (داعمي بلاتر، مستشاري أوباما،
 * ضحكات عبد الوهاب after بلاتر, أوباما, عبد الوهاب alone). A first word no name list knows, before the very
 * name an earlier mention of the page gives on its own, is no part of the name. A foreign given
 * name the lists lack stands, as the news give it, before the first lone mention (جوناه بلانك …
 * وقال بلانك), so only a name the page gave alone earlier counts; but a plural in ات the lists
 * do not know as a name (تسريبات سنودن، ميليشيات صالح، ضحكات عبد الوهاب) is never a given name,
 * wherever the rest stands, except after a verb of speech or a title (وقال سوجات بخاري).
 */
import { foldArabic } from './normalize';
import { someStem, type BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { NAME_CLASS } from './people-not-names';
import { LEX } from './ner/lexicon';

/**
 * The shapes of a glued common word, folded: a noun with the article (البروفسور، اللورد), or with
 * a possessive pronoun or a plural ending (داعمي، مليكنا، ضحكات، عايزين). A bare stem may be a given
 * name the lists lack (فاتن حمامة، هزبر محمود), so it is left alone.
 */
const GLUED_SHAPE = /^ال[\u0621-\u064A]{3,}$|^[\u0621-\u064A]{3,}(?:ي|نا|ات)$|^[\u0621-\u064A]{4,}ين$/;
/** A plural in ات of three root letters or more (تسريبات، مذكرات، تصريحات), folded. */
const PLURAL_AT = /^[\u0621-\u064A]{3,}ات$/;
/** The article as written, a conjunction before it allowed: not the أل of a foreign name (ألكسيس). */
const WRITTEN_ARTICLE = /^[وف]?ال/;

/**
 * Trims, in place, the first word of each draft of two or more words whose first word has the
 * shape of a common noun, no list knows as a name and the page never gives alone, and whose other
 * words an earlier draft of the page gives alone (drafts sorted by start).
 * @example trimGluedWordBeforeName(ctx of 'وقال بلاتر … من داعمي بلاتر', drafts 'بلاتر', 'داعمي بلاتر') → 'بلاتر', 'بلاتر'
 */
export function trimGluedWordBeforeName(ctx: BoundsContext, drafts: Draft[]): void {
  const seen = new Set<string>(), alone = new Set<string>();
  for (const d of drafts) if (d.words.length === 1) alone.add(d.words[0]!);
  for (const d of drafts) {
    const rest = d.words.slice(1).join(' ');
    const first = d.words[0]!, next = ctx.tokens[d.tokenStart + 1];
    const written = ctx.tokens[d.tokenStart]!.text;
    const shaped = GLUED_SHAPE.test(first) && (!first.startsWith('ال') || WRITTEN_ARTICLE.test(written));
    // (تسريبات سنودن، مذكرات أوباما: a plural in ات the lists know not as a name is never a given name, wherever the rest stands)
    // (وقال سوجات بخاري: after a verb of speech or a title a full name stands, whatever its given name's ending)
    const plural = PLURAL_AT.test(first) && !WRITTEN_ARTICLE.test(written) && !announcesName(ctx, d.tokenStart - 1);
    if (d.words.length >= 2 && (seen.has(rest) || plural) && next?.kind === 'word' && shaped && !alone.has(first) && !(ctx.classOf(first) & NAME_CLASS) && foldArabic(written).endsWith(first)) {
      d.start = next.start;
      d.words = d.words.slice(1);
      d.tokenStart++;
    }
    seen.add(d.words.join(' '));
  }
}

/** Whether token i is a verb of speech or a title, clitics off (وقال، الرئيس), which announce a full name after it. */
function announcesName(ctx: BoundsContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t?.kind === 'word' && someStem(t.text, (f) => ctx.classOf(f) & (LEX.SPEECH | LEX.TITLE));
}
