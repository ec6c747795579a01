/**
 * A label the speaker gave, set off in marks: وصف القرار بـ«الحازم»، ما سمّاه «النصر الكبير»; and
 * words written on something (لافتات كتب عليها «…»), which someone wrote (rules 5 and 11 of the gold).
 * The describing or naming verb is active, so someone used the words (hard case 2 of the
 * quotation gold); a passive or impersonal naming (ما يسمى «…»، توصف بـ«…»، أطلق عليه «…») is a
 * name, not a quotation, and is left to the other cues.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { isCarriedInscription } from './quotes-inscription';

/**
 * Active forms of وصف, with an object pronoun or not: وصف، وصفت، وصفوا، وصفها، واصفًا، يصف، تصفه، يصفون … (folded).
 * Not the first person نصف: السينما التي نصفها بـ«المستقلة» is the writer's own label, not a speaker's.
 */
const DESCRIBE = /^[وف]?(?:وصف(?:ت|وا|ا|تا)?(?:ه|ها|هم|هما)?|وصفو(?:ه|ها|هم)|واصف(?:ا|ة|ين)|[يت]صف(?:ون|ان)?(?:ه|ها|هم)?)$/;
/**
 * Active forms of سمّى / أسمى that carry the object pronoun of ما: سماه، سمته، أسماها، يسميه، تسميها … (folded).
 * Not the first person نسميه: ما نسميها «الذئاب المنفردة» is the writer's term.
 */
export const NAME_IT = /^(?:ا?سما|ا?سمت|ا?سموا|[يت]سمي)(?:ه|ها)$/;
/** كتب "was written" / "wrote", كُتبت، مكتوب (folded). */
const WRITTEN = /^[وف]?(?:[يت]?كتب(?:ت|وا)?|مكتوب(?:ة|ا)?)$/;
/** The على / تحت / فوق that says what the words are written on (عليها، على اللافتات، تحته). */
const ON = /^(?:علي(?:ه|ها|هم)?|تحت(?:ه|ها)?|فوق(?:ه|ها)?)$/;
/** ما, with a preposition on it (بما، لما، مما), before a naming verb. */
export const WHAT = new Set(['ما', 'بما', 'لما', 'مما', 'فيما']);
/** Pronouns that may restate the subject after the naming verb (ما تسميها هي «…»). */
const RESTATED = new Set(['هو', 'هي', 'هم']);
/** Tokens a subject and an object may take between وصف and its بـ (وصف السفير التونسي لدى المملكة المتحدة خطوة لندن بـ«…»). */
const OBJECT_REACH = 9;

/**
 * True when the pair whose opening mark is token `open` is a label its sentence's speaker used:
 * the words after بـ that a describing verb governs (واصفا تصرفه بـ«المقرف»، من وصفهم «بالمجاهدين»),
 * what ما + a naming verb with its pronoun refers to (بما سماه «النصر الكبير»), or an inscription
 * (لافتات كتب عليها «…»، كتب على اللافتات «…»).
 * @example isSpeakersLabel(ctx, i) for 'وصفوا توجيهه بـ«الحازم»' → true
 * @example isSpeakersLabel(ctx, i) for 'ما يسمى «الربيع العربي»' → false
 */
export function isSpeakersLabel(ctx: QuoteContext, open: number): boolean {
  let j = open - 1;
  if (j < 0 || ctx.breakBefore[open]) return false;
  // ما سماه «…»، ما تسميها هي «…»
  let k = RESTATED.has(ctx.f(j)) ? j - 1 : j;
  if (k > 0 && NAME_IT.test(ctx.f(k)) && WHAT.has(ctx.f(k - 1))) return true;
  // لافتات كتب عليها «…»، وكتب على اللافتات «…»: an inscription is words someone wrote, when
  // people carry it (not a lone sign's or a cartoon's caption: quotes-inscription).
  const colon = ctx.f(j) === ':' ? j - 1 : j;
  const written = (colon > 0 && ON.test(ctx.f(colon)) && WRITTEN.test(ctx.f(colon - 1))) || (colon > 1 && ON.test(ctx.f(colon - 1)) && WRITTEN.test(ctx.f(colon - 2)));
  if (written) return isCarriedInscription(ctx, open);
  // وصفه بـ«…»: the بـ is a token of its own before the mark, or the first letter of the words (وصفهم «بالمجاهدين»).
  const inner = ctx.f(open + 1);
  if (ctx.f(j) === 'ب') j--;
  // (بالـ inside the marks may stand past the object too: ووصفت الصحف الحادث «بالإرهاب الأسود»)
  else if (!(inner.startsWith('ب') && inner.length > 3 && DESCRIBE.test(ctx.f(j))) && !(inner.startsWith('بال') && inner.length > 4)) return false;
  for (k = j; k >= 0 && j - k < OBJECT_REACH; k--) {
    // ووصفت صحيفة «ذا هيل» … السباق بـ«…»: a name in marks within the subject is stepped over.
    const start = ctx.pairStart.get(k);
    if (start !== undefined && start < k && k < j) { k = start; continue; }
    if (ctx.tokens[k]?.kind !== 'word' || isSentenceEnd(ctx, k) || ctx.pairStart.has(k)) return false;
    if (DESCRIBE.test(ctx.f(k))) return true;
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}
