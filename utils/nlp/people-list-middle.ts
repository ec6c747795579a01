/**
 * Items of a list of full names that stand between two names already found (سامي الفارس، وزاهر
 * كوليني، ومنير الحداد): a list keeps its kind, so a two-word item behind و between two persons is
 * a person too, though the tagger knows neither of its words or reads the first with و as
 * another word (والتون: و + the article). So is a two-word item between commas with no و (مهند
 * عسيري، رائد الغامدي، نبيل بهوي), where the tagger read a given name that is also a word (رائد)
 * as that word. A run of such items counts when a full name closes it.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { hasPronounSuffix, spacedOnly, type BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { isNotAName } from './people-not-names';
import { NASAB } from './name-words';
import { COMMAS, LIST_ITEM_CONFIDENCE, afterWa, isItemGivenName } from './people-list-item';

/** Classes an item's word must not have: a role, a verb of speech, a cue, a place, a nationality. */
const NOT_IN_NAME = LEX.TITLE | LEX.SPEECH | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.COUNTRY | LEX.DEMONYM | LEX.PLACE | LEX.MODIFIER;
/** Classes of a word that is a person's name. */
const NAME_WORD = LEX.GIVEN | LEX.PERSON | LEX.CORPUS_PERS;
/** The most items taken between two found names. */
const MAX_ITEMS = 3;

/**
 * Adds, in place, the two-word items behind و that stand between full names of a list; a one-word
 * draft on an item's second word (يشاو of وبين ويشاو) gives way to the whole item.
 * @example addListMiddles(ctx of 'سامي الفارس، وزاهر كوليني، منير الحداد', drafts of both full names) → adds 'زاهر كوليني'
 */
export function addListMiddles(ctx: BoundsContext, drafts: Draft[], covered: Uint8Array): void {
  const { tokens } = ctx;
  const fullAt = new Map<number, Draft>(), loneAt = new Map<number, Draft>();
  for (const d of drafts) (d.tokenEnd - d.tokenStart > 1 ? fullAt : loneAt).set(d.tokenStart, d);
  const isFull = (k: number) => fullAt.has(k) || COMMAS.has(tokens[k]?.text ?? '') && fullAt.has(k + 1);
  for (const d of [...fullAt.values()]) {
    // Each item's first token, and whether the item stands behind the list's و (else between commas).
    const items: Array<{ at: number; wa: boolean }> = [];
    let k = d.tokenEnd;
    while (items.length < MAX_ITEMS) {
      const comma = COMMAS.has(tokens[k]?.text ?? '');
      if (comma) k++;
      // مهند عسيري، رائد الغامدي، نبيل بهوي: an item between commas, with no و.
      const reading = isItem(ctx, k, covered, loneAt) ? 'wa' : comma && COMMAS.has(tokens[k + 2]?.text ?? '') ? commaItem(ctx, k, covered, loneAt) : null;
      if (reading === null) break;
      items.push({ at: k, wa: reading === 'wa' });
      k += 2;
      if (!isFull(k)) continue;
      for (const { at: i, wa: behindWa } of items) {
        const t = tokens[i]!, second = tokens[i + 1]!;
        for (const lone of [loneAt.get(i), loneAt.get(i + 1)]) {
          const at = lone ? drafts.indexOf(lone) : -1;
          if (at >= 0) drafts.splice(at, 1);
        }
        const first = foldArabic(t.text);
        drafts.push({ start: behindWa ? afterWa(t) : t.start, end: second.end, words: [behindWa ? first.slice(1) : first, foldArabic(second.text)], confidence: LIST_ITEM_CONFIDENCE, tokenStart: i, tokenEnd: i + 2 });
        covered.fill(1, i, i + 2);
      }
      break;
    }
  }
}

/**
 * How tokens k, k+1, between commas, may be an item of two words: 'bare' or, when the first word
 * is a listed given name behind the list's و that is no name whole (وأمل النابلسي), 'wa'; null
 * when they may not. Each word is untagged or a lone draft of its own word (سلمان of سلمان
 * المؤشر), neither a role, a cue, a place nor a pronoun's host; the given name the lists know or
 * not at all, and a family name that is a common word (المؤشر "the index") only after a given
 * name that is none (رائد "pioneer" is one).
 */
function commaItem(ctx: BoundsContext, k: number, covered: Uint8Array, loneAt: ReadonlyMap<number, Draft>): 'bare' | 'wa' | null {
  const t = ctx.tokens[k], second = ctx.tokens[k + 1];
  if (t?.kind !== 'word' || second?.kind !== 'word' || !spacedOnly(ctx, k, k + 2)) return null;
  if (covered[k] && loneAt.get(k)?.tokenEnd !== k + 1 || covered[k + 1] && loneAt.get(k + 1)?.tokenEnd !== k + 2) return null;
  const whole = foldArabic(t.text), f = foldArabic(second.text);
  const wa = whole.startsWith('و') && !(ctx.classOf(whole) & NAME_WORD) && (ctx.classOf(whole.slice(1)) & LEX.GIVEN) !== 0;
  const g = wa ? whole.slice(1) : whole;
  if (g.length < 3 || f.length < 3 || g.startsWith('ال') || hasPronounSuffix(g) || hasPronounSuffix(f) || isNotAName(ctx, t) || isNotAName(ctx, second)) return null;
  const gb = ctx.classOf(g), fb = ctx.classOf(f);
  if (gb & NOT_IN_NAME || gb !== 0 && !(gb & NAME_WORD)) return null;
  return fb & NOT_IN_NAME || fb & LEX.COMMON && gb & LEX.COMMON ? null : wa ? 'wa' : 'bare';
}

/** Whether tokens k, k+1 may be an item of two words behind و: untagged (the second may be a lone draft), neither a role, a cue or a place. */
function isItem(ctx: BoundsContext, k: number, covered: Uint8Array, loneAt: ReadonlyMap<number, Draft>): boolean {
  const t = ctx.tokens[k], second = ctx.tokens[k + 1];
  if (t?.kind !== 'word' || second?.kind !== 'word' || covered[k] || !t.text.startsWith('و')) return false;
  if (covered[k + 1] && loneAt.get(k + 1)?.tokenEnd !== k + 2 || !/^\s+$/.test(ctx.text.slice(t.end, second.start))) return false;
  const w = foldArabic(t.text), g = w.slice(1), f = foldArabic(second.text);
  // وزيرًا، وهو، وشقيقته: a word read whole, a pronoun: no given name behind و.
  if (g.length < 2 || f.length < 3 || hasPronounSuffix(g) || ctx.classOf(w) & (LEX.COMMON | LEX.TITLE) || isNotAName(ctx, t) || isNotAName(ctx, second)) return false;
  // والراقصة دينا: a common noun with the article is the next item's title, not its given name
  // (والتون, و + a name the lists know, still is one).
  if (g.startsWith('ال') && ctx.classOf(g) & LEX.COMMON) return false;
  // للصحة، الراب: a family name with the article is addListItems' to find; here it is a noun.
  if (/^[وفبلك]?ال|^[وف]?لل/.test(f)) return false;
  // وباسم ياخور: a given name the lists also know as a modifier (باسم, also "in the name of")
  // stands as one when the tagger already read the word after it as a person.
  const notGiven = loneAt.get(k + 1) ? NOT_IN_NAME & ~LEX.MODIFIER : NOT_IN_NAME;
  // وخالد قمر، وحمادة طلبة: after a listed given name no list knows as a common word, the family
  // name may be one (قمر "moon"): the list's full names on both sides vouch for it.
  // (not a kin noun with its pronoun: وابن عمه)
  // (a name the corpora show only as a person's counts: حمادة)
  const given = isItemGivenName(ctx.classOf(g)) && !NASAB.has(g) && !hasPronounSuffix(f);
  return !(ctx.classOf(g) & notGiven) && !(ctx.classOf(f) & (NOT_IN_NAME | (given ? 0 : LEX.COMMON)));
}
