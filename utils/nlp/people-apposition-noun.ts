/**
 * A noun or a verb the tagger ran into a name after its family name with the article (عبدالله
 * العبدلي مشرف في أحد المطابخ، منصور الحسين مشرف الإعلام، الأمير تركي الفيصل أمانة الطائف): a
 * family name with the article ends a name, and a word without it after one, itself before a
 * preposition or a definite noun it governs, opens what the sentence says next (a role in
 * apposition, the verb's object). Compound given names whose second word has the article (عبد
 * الله، سيف الدين) and regnal numbers (ألفونسو الثاني عشر) go on, and so do nasab words.
 */
import { LEX } from './ner/lexicon';
import { NASAB } from './name-words';
import type { BoundsContext } from './people-context';
import { dropDrafts, type Draft } from './people-link';
import { NAME_CLASS } from './people-not-names';
import { foldedAt } from './people-word-table';

/** First words of compound given names (عبد الله، أبو بكر، سيف الدين، نور الدين), folded. */
const COMPOUND_HEADS = new Set(['عبد', 'ابو', 'ابي', 'ابا', 'سيف', 'نور', 'عز', 'شمس', 'صلاح', 'علاء', 'بهاء', 'جمال', 'زين', 'محي', 'محيي', 'ذو', 'ذي']);
/**
 * Words that carry a name on though they have no article (بن سعود، ولد عبد العزيز); آل folds to
 * ال, which the article test already keeps.
 */
const CARRY_ON = new Set([...NASAB, 'ولد', 'ابو', 'ابا', 'ابي']);
/** Prepositions, folded (على → علي، إلى → الي), after which the word before them is no name's (مشرف في، حائز على). */
const PREPOSITIONS = new Set(['في', 'علي', 'من', 'عن', 'الي']);

/**
 * Trims, in place, the last word of each draft of three words or more that ends [family name with
 * the article, word without it] before a preposition or a word with the article.
 * @example trimNounAfterFamily(ctx of 'ويقول عبدالله العبدلي مشرف في أحد المطابخ', drafts 'عبدالله العبدلي مشرف') → 'عبدالله العبدلي'
 */
export function trimNounAfterFamily(ctx: BoundsContext, drafts: Draft[]): void {
  for (const d of drafts) {
    const n = d.words.length;
    if (n < 3 || d.tokenEnd - d.tokenStart !== n) continue;
    const [head, family, last] = [d.words[n - 3]!, d.words[n - 2]!, d.words[n - 1]!];
    // (آل and إل fold to ال: a family's or a middle name's particle, not an article)
    if (!family.startsWith('ال') || family.length < 5 || last.startsWith('ال') || COMPOUND_HEADS.has(head) || CARRY_ON.has(last)) continue;
    // (الدين: a compound's second word, الله being too short to pass; الثاني: a regnal number, a
    // modifier the lists know)
    if (ctx.classOf(family) & LEX.MODIFIER || family === 'الدين') continue;
    if (ctx.tokens[d.tokenEnd]?.kind !== 'word') continue;
    const f = foldedAt(ctx, d.tokenEnd);
    if (!(PREPOSITIONS.has(f) || f.startsWith('ال') || f.startsWith('لل'))) continue;
    d.words = d.words.slice(0, n - 1);
    d.tokenEnd--;
    d.end = ctx.tokens[d.tokenEnd - 1]!.end;
  }
}

/** Role nouns the lists know as names too (مشرف: Musharraf; مساعد), folded. */
export const ROLE_NAMES = new Set(['مشرف', 'مساعد']);

/**
 * Drops, in place, every one-word draft of a role noun that is also a name (و allowed before it)
 * heading what it governs: a preposition, a word with the article or a bare common noun, cue or
 * title (ومشرف لجان جامعة نورة، وذكر مشرف الشؤون الإعلامية، التعاقد مع مساعد في نهاية الموسم).
 * Not where the page names someone with that word as the family name (برويز مشرف … وقال مشرف).
 * @example dropLoneRoleNames(ctx of 'وذكر مشرف الشؤون الإعلامية خالد المعاوي', draft 'مشرف') → no draft
 */
export function dropLoneRoleNames(ctx: BoundsContext, drafts: Draft[]): void {
  const families = new Set(drafts.filter((d) => d.words.length > 1).map((d) => d.words[d.words.length - 1]!));
  dropDrafts(drafts, (d) => {
    if (d.words.length !== 1 || d.tokenEnd !== d.tokenStart + 1) return false;
    const w = d.words[0]!, bare = w.startsWith('و') && ROLE_NAMES.has(w.slice(1)) ? w.slice(1) : w;
    if (!ROLE_NAMES.has(bare) || families.has(bare) || ctx.tokens[d.tokenEnd]?.kind !== 'word') return false;
    const f = foldedAt(ctx, d.tokenEnd), bits = ctx.classOf(f);
    // (a bare noun: one the lists know as common, a cue or a title, or one frequent enough in the corpora for a cluster that no list knows)
    return PREPOSITIONS.has(f) || (!(bits & NAME_CLASS) && (f.startsWith('ال') || (bits & (LEX.COMMON | LEX.ORG_CUE | LEX.PLACE_CUE | LEX.TITLE)) !== 0 || (bits === 0 && !!ctx.clusterOf?.(f))));
  });
}
