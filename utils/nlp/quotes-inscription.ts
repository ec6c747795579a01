/**
 * Words written on something are someone's words only when people carry or raise them: protest
 * signs (وحمل المتظاهرون لافتات كتب عليها «لا للفساد»، وكتب على اللافتات «…»، وارتدوا قمصانا
 * كتب عليها «…») are the protesters' (rule 11 of the quotation gold). A lone sign, a road sign or
 * a figure in a cartoon (لافتة عليها سهم ومكتوب عليها «الخليج الفارسي»، ملثم كتب على رأسه
 * «الإرهاب») bears a name or a caption that nobody says: a fixed sign's wording is not a quotation.
 */
import { isSentenceEnd, type QuoteContext } from './quotes-context';
import { procliticSplits } from './tokenize';

/** Signs and banners in the plural, which a crowd raises (folded, without clitics or the article). */
const SIGNS = new Set(['لافتات', 'يافطات', 'شعارات', 'لوحات', 'قمصان', 'رايات']);
/** Crowds that carry signs (folded stems). */
const CROWD = /^(?:متظاهر|محتج|مشجع|جماهير|مسير|مظاهر|تظاهر|اعتصام|احتجاج|محتشد|حشود)/;
/**
 * A verb with a plural subject: past ـوا (حملوا، رفعوا، ارتدوا), or a present يـ…ـون of carrying or
 * chanting (يحملون، يرفعون، يرددون; not any word so shaped: تعاون، تلفزيون).
 */
const PLURAL_VERB = /^(?:\S{3,}وا|[يت](?:حمل|رفع|رتد|لوح|علق|هتف|ردد)ون)$/;
/** Carriers named by a participle (رافعين لافتات، حاملين). */
const CARRYING = /^(?:رافع|حامل)(?:ين|ون)$/;
/** How many tokens back the carrier may stand in the sentence. */
const REACH = 30;

/** Whether a reading of the word (clitics and article taken off) names signs, a crowd or carriers. */
const isCarrierWord = (f: string): boolean =>
  procliticSplits(f).some(({ stem }) => SIGNS.has(stem) || CROWD.test(stem) || CARRYING.test(stem) || PLURAL_VERB.test(stem));

/**
 * True when the inscription whose opening mark is token `open` stands in a sentence that has
 * people carrying it: signs in the plural, a crowd, or a verb with a plural subject.
 * @example isCarriedInscription(ctx, i) for 'وحمل المتظاهرون لافتة كتب عليها «لا للفساد»' → true
 * @example isCarriedInscription(ctx, i) for 'ووضعت لافتة مكتوب عليها «الخليج الفارسي»' → false
 */
export function isCarriedInscription(ctx: QuoteContext, open: number): boolean {
  for (let k = open - 1; k >= 0 && open - k <= REACH; k--) {
    if (isSentenceEnd(ctx, k) && ctx.f(k) !== ':') return false;
    if (ctx.tokens[k]?.kind === 'word') {
      if (isCarrierWord(ctx.f(k))) return true;
    }
    if (ctx.breakBefore[k]) return false;
  }
  return false;
}
