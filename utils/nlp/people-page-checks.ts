/**
 * The people finder's last checks, once every draft mention of the page is known: what the page
 * as a whole says of each draft (the tagger's readings of its words elsewhere, the page's fuller
 * names, its dateline, its lists) drops, trims, extends or doubts it.
 */
import type { NamedSpan } from './ner';
import type { BoundsContext } from './people-context';
import type { Draft } from './people-link';
import { joinSplitNames } from './people-merge';
import { trimWordAfterFamilyName } from './people-trail';
import { trimWordAfterPageName } from './people-run-on';
import { trimWordAfterGivenName } from './people-run-on-full';
import { extendNamesInLists } from './people-list';
import { extendByPageNames } from './people-page-pair';
import { extendToNasabFamily, extendToPageFullName } from './people-page-full-name';
import { extendNameTails } from './people-name-tail';
import { repeatedWordPairs } from './people-repeated-pair';
import { extendBySurnameAlone } from './people-surname-alone';
import { addGivenBeforeLoneSurname } from './people-given-before-surname';
import { extendForeignFamilyNames } from './people-foreign-family';
import { extendRareSurnameLeft } from './people-rare-surname-given';
import { dropPredicatesAfterPronoun } from './people-pronoun-predicate';
import { dropAdjectivesAfterNoun } from './people-noun-adjective';
import { dropPluralNouns } from './people-plural';
import { dropWordsAlwaysAfterBa } from './people-ba-word';
import { dropKinNouns } from './people-kin-noun';
import { dropOwnedNouns } from './people-owned-noun';
import { stripLamByPageName } from './people-lam-page';
import { dropPlacesByVote, placeWordsByVote } from './people-place-vote';
import { dropPlaceHeadedWords } from './people-place-head';
import { dropCompanyNames } from './people-company-name';
import { dropIdiomNames } from './people-idioms';
import { dropSheikhPlaces } from './people-sheikh-place';
import { trimVerbBeforeSurname } from './people-verb-surname';
import { trimGluedWordBeforeName } from './people-glued-word';
import { dropDatelinePlaces } from './people-dateline';
import { doubtGivenNameAfterPreposition } from './people-after-preposition';
import { dropNisbaPhrases } from './people-nisba-phrase';
import { dropUnlistedLoneWords } from './people-unlisted-word';

/**
 * Applies the page-wide checks to `drafts` (sorted by start), in place; `spanOf` gives the tagged
 * span each draft comes from.
 */
export function checkAgainstPage(text: string, spans: readonly NamedSpan[], bounds: BoundsContext, drafts: Draft[], spanOf: Map<Draft, number>): void {
  // مدينة كوباني: a lone word the page's tagging calls a place more often than a person is none.
  dropPlacesByVote(text, drafts, placeWordsByVote(text, spans, bounds.classOf));
  // مدينة تانجشان … وأنتجت تانجشان: a word the page writes after a place noun is that place.
  dropPlaceHeadedWords(bounds, drafts);
  // شركة “زين” … لدى زين: a word the page writes after a company noun is that company.
  dropCompanyNames(bounds, drafts);
  // نصيب الأسد، ابن آدم، شعرة معاوية: a name word in an idiom names no one.
  dropIdiomNames(bounds, drafts);
  // في الشيخ زويد … عملية الشيخ زويد: a town named الشيخ + a word is no sheikh.
  dropSheikhPlaces(bounds, drafts);
  // فهد الغبيوي- سبق- عفيف: the dateline's place is no person.
  dropDatelinePlaces(bounds, drafts);
  // زكي | طليمات، عبد الملك | بن مروان: one name found as two mentions side by side.
  joinSplitNames(text, drafts, spanOf, bounds.classOf);
  // ونوح الموسى وأحمد السلطان: a given name in a list of full names takes the family word after it.
  extendNamesInLists(bounds, drafts);
  // أعربت هيفاء وهبي beside هيفاء وهبي elsewhere: a given name takes the word the page names it
  // with; so where the page writes it twice with the same word after it (المصمم جون راي … قدمها جون راي).
  extendByPageNames(bounds, drafts, () => repeatedWordPairs(bounds, drafts));
  // بريان وارد … وأضاف وارد: a given name takes the rare word after it that the page uses alone.
  extendBySurnameAlone(bounds, drafts);
  // مفوض تجاري علي الليثي … وأوضح الليثي: a given name before an untagged repeat of a lone name is the full name.
  addGivenBeforeLoneSurname(bounds, spans, drafts);
  // وقال بريان وارد من …: a foreign given name takes the foreign-shaped word after it.
  extendForeignFamilyNames(bounds, drafts);
  // على كريمة الشيخ محمد: the polite noun for a daughter or a wife before a title or a name is no name.
  dropKinNouns(bounds, drafts);
  // تزامنت زيارتي مع …، بطله سلطان: a common noun with a possessive pronoun is no name.
  dropOwnedNouns(bounds, drafts);
  // وهو جالس، كنا جالسين: a word after a subject pronoun is its predicate.
  dropPredicatesAfterPronoun(bounds, drafts);
  // طالب جامعي، جو كلاسيكي: a noun and the nisba adjective that describes it are no given and family name.
  dropNisbaPhrases(bounds, drafts);
  // بيوم مبارك، قضاء عادل: a given name shaped as an adjective after an indefinite noun describes it.
  dropAdjectivesAfterNoun(bounds, drafts);
  // أعلن الفائزين، ببرقيات: a plural or a dual behind the article or a clitic names no person.
  dropPluralNouns(bounds, drafts);
  // باسم بوينغ … وقالت بوينغ: a word the page only writes behind ب begins with ب.
  dropWordsAlwaysAfterBa(bounds, drafts);
  // السيد قبادي استند after شاهين قبادي: a word run on after a family name is no part of it.
  trimWordAfterFamilyName(text, drafts, bounds.classOf);
  // ماجد عبدالله لايعني beside ماجد عبدالله: a word run on after a name the page gives is no part of it.
  trimWordAfterPageName(text, drafts, bounds.classOf);
  // زكي طليمات … وعاد زكي يسألني: a word run on after a given name the page names in full otherwise.
  trimWordAfterGivenName(bounds, drafts);
  // للماركيز دو ساد beside ماركيز دو ساد: a ل the page also leaves off stays out of the name.
  stripLamByPageName(text, drafts);
  // ونوه قاسم beside حسن قاسم: a perfect verb opening the clause is no given name.
  trimVerbBeforeSurname(bounds, drafts);
  // داعمي بلاتر after بلاتر alone: a common noun glued before a name the page gave alone.
  trimGluedWordBeforeName(bounds, drafts);
  // عن رضا الجمهور، بعد توفيق الله: a given name after a preposition heading a construct is doubted.
  doubtGivenNameAfterPreposition(bounds, drafts);
  // الليبي لوتشيا مهرتياب: a rare surname found alone takes the given name a cue announces before it.
  extendRareSurnameLeft(bounds, drafts);
  // كتب [عبد الله] المرشود عن، المخرج [عز الدين] ذو الفقار: a family name left out after a compound given name or a kunya, or opened by ذو.
  extendNameTails(bounds, drafts);
  // ولد ألكسيس [تسيبراس] beside ألكسيس تسيبراس: a mention takes the words next to it that make a full name of the page.
  extendToPageFullName(bounds, drafts);
  // الدكتور [ماهر] الجديد beside ماهر بن سعد الجديد: a given name takes the family name its nasab name ends with.
  extendToNasabFamily(bounds, drafts);
  // شهد السوق ركودا: a lone word no list knows, nothing announces and the tagger scarcely believes is no name.
  dropUnlistedLoneWords(bounds, drafts);
}
