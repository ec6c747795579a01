/**
 * A noun and an indefinite nisba adjective that describes it (طالب جامعي، جو كلاسيكي، مؤهل دراسي،
 * عام هجري شمسي): the tagger reads the pair as a given name and a family name, since طالب، جو
 * are also given names and a nisba is the shape of many family names (محمد الكيماوي، نزار مدني).
 * The adjective gives itself away when the lists know its feminine or its definite form as a
 * common word (جامعية، الدراسي) and no list knows the word itself as a name; the pair is a name
 * still when the first word is a given name the corpora show as a person's (نزار مدني، وليد
 * معماري, an Arab family name of that shape), or when a title announces it (الوزيرة الدكتورة ناهد
 * عشري: a title stands before a person, never before a noun and its adjective).
 */
import { isNameConnector, NASAB } from './name-words';
import { LEX } from './ner/lexicon';
import { isPersonsGivenName } from './people-bounds';
import type { BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';
import { NAME_CLASS } from './people-not-names';
import { foldedAt } from './people-word-table';

/**
 * A definite honorific title, behind a conjunction or a preposition if any (الدكتورة، وللوزير):
 * it comes before a person only. (Not every person cue: المتهم طالب جامعي is a noun and its
 * adjective; nor an indefinite one: رجل دين إيراني.)
 */
const HONORIFIC = /^[وف]?(?:ال|لل|بال)(?:دكتور|وزير|مهندس|استاذ|سيد|شيخ|امير|سفير|نائب|لواء|عميد|عقيد|فريق)ة?$/;

/**
 * Whether a folded word is an indefinite nisba adjective of a common noun: ending in ي, no list
 * knows it as a name, and its feminine or its definite form is a common word (جامعي: جامعية); or
 * ending in ية and itself a common word (جامعية).
 * @example isCommonNisba(ctx, 'جامعي') → true; isCommonNisba(ctx, 'عسيري') → false
 */
export function isCommonNisba(ctx: BoundsContext, f: string): boolean {
  if (f.startsWith('ال') || f.length < 4 || ctx.classOf(f) & NAME_CLASS) return false;
  if (f.endsWith('ية')) return (ctx.classOf(f) & LEX.COMMON) !== 0;
  if (!f.endsWith('ي')) return false;
  return ((ctx.classOf(f) | ctx.classOf(`${f}ة`) | ctx.classOf(`ال${f}`)) & LEX.COMMON) !== 0;
}

/**
 * Drops, in place, the two-word drafts made of a word that is no person's given name and an
 * indefinite nisba adjective of a common noun.
 * @example dropNisbaPhrases(ctx of 'وهو طالب جامعي من جدة', drafts 'طالب جامعي') → none left
 * @example dropNisbaPhrases(ctx of 'الوزيرة الدكتورة ناهد عشري', drafts 'ناهد عشري') → kept
 */
export function dropNisbaPhrases(ctx: BoundsContext, drafts: Draft[]): void {
  dropDrafts(drafts, (d) => {
    if (d.words.length !== 2) return false;
    const [a, b] = d.words as [string, string];
    if (isNameConnector(a) || NASAB.has(a) || isPersonsGivenName(ctx.classOf(a)) || !isCommonNisba(ctx, b)) return false;
    const before = d.tokenStart - 1;
    return !(ctx.tokens[before]?.kind === 'word' && HONORIFIC.test(foldedAt(ctx, before)));
  });
}
