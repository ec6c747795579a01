/**
 * Who said a quotation, from the token range of its subject (quotes-subject.ts,
 * quotes-subject-before.ts): a person entity of the page named there or given the same role
 * earlier (الوزير → the minister), else the words themselves. The person index is in
 * quotes-person-index, the role nouns in quotes-roles, speakers read from nearby persons in
 * quotes-nearby.
 */
import { holdsOffice, officeOf } from './quotes-office';
import { isOtherNation } from './quotes-role-nation';
import { countryKeyOf } from './countries';
import { isByPhrase } from './quotes-by-phrase';
import { crossesClause } from './quotes-role-reach';
import { foldArabic } from './normalize';
import { loadNerModel } from './ner';
import type { QuoteContext } from './quotes-context';
import { hasAccusativeTanwin } from './name-words';
import { personRightAfter, personSpeaker } from './quotes-given-name';
import { personNamedAfter } from './quotes-named-after';
import { DIVINE, EULOGY_TAIL, PROPHETIC, PROPHET_TITLES, prophetNamed } from './quotes-religious';
import { speechWord } from './quotes-speech';
import { isNameNoun } from './quotes-name-nouns';
import { isAccusativeOpener } from './quotes-subject-before';
import { firstFrom, wordsOf, type PersonIndex } from './quotes-person-index';
import { ROLES, stripArticle } from './quotes-roles';
import { isDescriptionHead } from './quotes-described-person';
import { nameBeforeRole } from './quotes-name-role';
import { issuerRange } from './quotes-issuer';
import { bodyAfterStatement, isBodyStatementNoun } from './quotes-statement-body';
import { unnamedSince } from './quotes-unnamed-since';
import { isOwnedName, ownedPhrase } from './quotes-owned-name';
import type { Token } from './tokenize';
import { isTightHyphen } from './people-hyphen';
import { isQuotedAfter } from './quotes-titled-name';
import { isBareRankMention } from './quotes-rank-mention';
import type { EntityMention } from './types';

/** A speaker as found in the text: the words, and the person they name if any. */
export interface Speaker { speaker: string; entity: string | null; start: number; end: number }

/** The speaker a person mention names: the person's name, at the mention. */
export const asSpeaker = (m: EntityMention): Speaker => ({ speaker: m.name, entity: m.entity, start: m.start, end: m.end });

/** The accusative ending of an indefinite noun (ـًا، ـاً، ـا). */
const ACCUSATIVE_ENDING = /[\u064B-\u0652]*ا?[\u064B-\u0652]*$/;

/** Whether a folded word is و and a word the lists know, itself unknown to them (وخريطة, not وزير). */
function isConjoined(f: string): boolean {
  // (not before the article: والتجزئة التي قالت goes on a phrase, its relative clause to the person before)
  if (!f.startsWith('و') || f.length < 4 || f.startsWith('وال')) return false;
  const { classOf } = loadNerModel();
  return classOf(f) === 0 && classOf(f.slice(1)) !== 0;
}

/** The words of a token range without marks and punctuation; a leading ل (وفقًا لوزارة) or و (وخريطة) taken off. */
function phrase(ctx: QuoteContext, [a, b]: [number, number]): { text: string; start: number; end: number } | null {
  const words = ctx.tokens.slice(a, b).filter((t) => t.kind !== 'punct');
  if (words.length === 0) return null;
  const texts = words.map((t) => t.text);
  const first = foldArabic(texts[0] as string);
  if (a > 0 && speechWord(ctx.f(a - 1))?.kind === 'source' && first.startsWith('ل') && first.length > 3) {
    const rest = (texts[0] as string).replace(/^ل\u0640*/, '');
    texts[0] = first.startsWith('لل') ? `ا${rest}` : rest;
  }
  // …وخريطة وصفت تكساس: the و of a clause the subject opens is no part of it (a word the lists know
  // only without it; وزير، وليد are read whole).
  if (a > 0 && isConjoined(first)) texts[0] = (texts[0] as string).replace(/^و\u0640*/, '');
  // لكن متحدثًا باسم …، إن مسؤولًا …: the speaker is named in its plain form (متحدث، مسؤول).
  const opener = a > 0 ? ctx.f(a - 1) : '';
  if (isAccusativeOpener(opener) && /^م[\u0621-\u064A]{3,}[\u064B-\u0652]*ا[\u064B-\u0652]*$/.test(texts[0] as string)) {
    // …and its adjectives where the tanwin is written (مصدرًا بارزًا → مصدر بارز).
    for (let k = 0; k < texts.length && (k === 0 || hasAccusativeTanwin(texts[k] as string)); k++) texts[k] = (texts[k] as string).replace(ACCUSATIVE_ENDING, '');
  }
  return { text: texts.join(' '), start: (words[0] as Token).start, end: (words[words.length - 1] as Token).end };
}

/**
 * The person mention inside [start, end), preferring the last (the name after a title) but for
 * one a role governs after a first name (خايمي تابيا محامي تشافيز: Chávez is whose lawyer he is)
 * or one joined to it by و (حاتم الشرقاوي وعمران فلاتة: the first of the two speaks for both).
 */
/**
 * Whether mention m, which runs on past the subject [start, …), is a name the subject was cut
 * inside (a word of it read as one ending a subject: وقال سفير نيوزيلندا جيرارد [فان بوهيمن]، ستيفن
 * ج[. هينتغس]): no other person was found inside, and the subject opens with the name itself or
 * with a role; after other words (ابن عباس، روشير شارما) a longer mention is another name's error.
 */
function isCutName(text: string, m: EntityMention, start: number, found: EntityMention | null): boolean {
  return found === null && (m.start === start || ROLES.has(stripArticle(foldArabic(text.slice(start, m.start).split(' ')[0] as string))));
}

function personInside(ctx: QuoteContext, index: PersonIndex, start: number, end: number): EntityMention | null {
  const { text } = ctx;
  let found: EntityMention | null = null;
  const { mentions } = index;
  for (let k = firstFrom(mentions, start); k < mentions.length; k++) {
    const m = mentions[k] as EntityMention;
    if (m.start >= end) break;
    // (…one the subject was cut inside is whole still: وقال سفير نيوزيلندا جيرارد [فان بوهيمن], فان read as فإن)
    if (m.start < start || (m.end > end && !isCutName(text, m, start, found))) continue;
    // (…nor one in marks after the name: نيللي كريم لقب "خليفة فاتن حمامة" — quotes-titled-name)
    if (found && (text[m.start - 1] === 'و' || isQuotedAfter(ctx, found, m) || ROLES.has(wordsOf(text.slice(Math.max(found.end, m.start - 20), m.start)).pop() ?? ''))) continue;
    found = m;
  }
  return found;
}

/** The first person mention inside [start, end), within the role's noun phrase (quotes-role-reach). */
function firstPersonIn(text: string, index: PersonIndex, start: number, end: number): EntityMention | null {
  const m = index.mentions[firstFrom(index.mentions, start)];
  return m && m.end <= end && !crossesClause(text.slice(start, m.start)) ? m : null;
}

/** Person mentions looked back over for a role (hundreds of mentions: a long article several times over). */
const ROLE_LOOKBACK = 400;

/** Characters before a mention read for a body it owns (متحدث باسم مؤسسة كوفي أنان: not the spokesman). */
const OWNER_REACH = 60;

/** What makes رئيس another office: رئيس الوزراء، رئيس الحكومة are not الرئيس. */
const HEAD_OF_GOVERNMENT = new Set(['وزراء', 'حكومة', 'حكومه']);

/**
 * The latest person before `before` whom the article gave the role `role` (a role whose next
 * word is `next`, folded, without its article), but not a head of government for الرئيس nor
 * someone of another nation (quotes-role-nation); with `office` (quotes-office), only someone
 * given that office as well.
 */
function personWithRole(text: string, index: PersonIndex, role: string, before: number, next: string, office: string | null): EntityMention | null {
  const { mentions } = index;
  const end = firstFrom(mentions, before);
  const holds = (roles: Set<string>) => HEAD_OF_GOVERNMENT.has(next) || ![...HEAD_OF_GOVERNMENT].some((w) => roles.has(w));
  const nation = countryKeyOf(next);
  for (let k = end - 1; k >= 0 && k >= end - ROLE_LOOKBACK; k--) {
    const roles = index.roles(k);
    const m = mentions[k] as EntityMention;
    if (roles.has(role) && (role !== 'رئيس' || holds(roles)) && (!office || holdsOffice(roles, office)) && !isOtherNation(roles, nation) && !isOwnedName(text, Math.max(0, m.start - OWNER_REACH), m)) return m;
  }
  return null;
}

/** Words inside a role phrase that are not part of a name: الناطق باسم …، السفير لدى …. */
const ROLE_LINKS = new Set(['باسم', 'لدي', 'في', 'عن', 'من', 'مع', 'بن', 'ابن']);

/**
 * True when a role phrase ends in a name of its own, one the recogniser missed (الناطق باسم
 * مجلس قيادة المقاومة علي الأحمدي): its last word but one is neither definite nor a link word.
 * Such a phrase names its speaker; it is not an earlier person with the same role.
 */
function namesSomeone(words: readonly string[]): boolean {
  if (words.length < 3) return false;
  const f = foldArabic(words[words.length - 2] as string);
  return !/^[وفبل]?ال/.test(f) && !ROLE_LINKS.has(f) && !ROLES.has(f) && !isNameNoun(f);
}

/** The range `range` reaching on through the hyphen at its end: to the end of the person mention across it, else over the next word. */
function throughHyphen(ctx: QuoteContext, range: [number, number], index: PersonIndex): [number, number] {
  const h = ctx.tokens[range[1]]!;
  const m = index.mentions[firstFrom(index.mentions, ctx.tokens[range[0]]!.start)];
  if (m && m.start < h.start && m.end > h.end) {
    let b = range[1];
    while (b < ctx.tokens.length && ctx.tokens[b]!.end <= m.end) b++;
    return [range[0], b];
  }
  return [range[0], range[1] + 2];
}

/**
 * The speaker named by a subject token range, linked to a person entity when possible.
 * @example speakerOf(ctx, range, persons) for 'وقال الرئيس التركي إردوغان' → { speaker: 'إردوغان', entity: 'p:…' } when a person is recognised
 */
export function speakerOf(ctx: QuoteContext, range: [number, number], index: PersonIndex, reach = 0): Speaker | null {
  // تقرير أصدرته مؤخرا وكالة التنمية: the body that issued the report (quotes-issuer)
  const issuer = issuerRange(ctx, range, reach);
  if (issuer) return speakerOf(ctx, issuer, index, reach);
  // وقالت أرندت-براور، وقالت ماري-كوليت بينا: a double name written with a hyphen is read whole.
  if (isTightHyphen(ctx.tokens, range[1])) range = throughHyphen(ctx, range, index);
  const p = phrase(ctx, range);
  if (!p) return null;
  // قال تعالى، قال عز وجل: God; قال عليه الصلاة والسلام: the Prophet, named as the article names him.
  const whole = foldArabic(p.text);
  if (DIVINE.has(whole)) return { speaker: 'الله', entity: null, start: p.start, end: p.end };
  if (PROPHETIC.has(whole) || PROPHET_TITLES.has(whole.replace(EULOGY_TAIL, ''))) return { speaker: prophetNamed(ctx.text, p.start, whole.split(' ')[0] as string), entity: null, start: p.start, end: p.end };
  let words = p.text.split(' ');
  const isStatement = (w: string | undefined) => w !== undefined && speechWord(foldArabic(w))?.kind === 'noun';
  // بيان لها، في تصريحه، حديثه بقوله: the statement of someone named elsewhere.
  if (words.every(isStatement)) return null;
  // بيان الخارجية المصرية, بيان صادر عن الوزارة, (في بيان) لوزارة الخارجية: the body speaks.
  const ofStatement = isStatement(words[0]);
  if (ofStatement || (range[0] > 0 && isBodyStatementNoun(ctx.f(range[0] - 1)))) {
    if (ofStatement) words = words.slice(1);
    if (/^(?:ال)?صادر[ةه]?$/.test(foldArabic(words[0] ?? '')) && foldArabic(words[1] ?? '') === 'عن') words = words.slice(2);
    if (words.length === 0) return null;
    words[0] = bodyAfterStatement(words[0] as string);
    p.text = words.join(' ');
  }
  const head = stripArticle(foldArabic(words[0] as string));
  // A role, then where it serves, then the name: سفيرة الولايات المتحدة لدى الأمم المتحدة سامنتا باور
  // (the first name after the role: later ones are people the sentence goes on to speak of).
  const found = personInside(ctx, index, p.start, p.end);
  // (الملازم في مكافحة إجرام الأنبار عبد الله العلواني: a rank read as a name is the role before the name — quotes-rank-mention)
  const inside = found && isBareRankMention(found) && reach > p.end ? null : found;
  // (عائلة عبد العزيز، متحدث باسم مؤسسة كوفي أنان: the name owns what speaks — quotes-owned-name)
  if (inside && isOwnedName(ctx.text, p.start, inside)) return { speaker: ownedPhrase(ctx.text, p.start, inside), entity: null, start: p.start, end: p.end };
  const person = inside ?? (ROLES.has(head) && reach > p.end ? firstPersonIn(ctx.text, index, p.end, reach) : personRightAfter(ctx.text, index.mentions, p.end))
    // (…or a description that names its speaker further on: الملازم في مكافحة إجرام الأنبار عبد الله العلواني لـ«…» إن)
    ?? (reach > p.end ? personNamedAfter(ctx.text, index.mentions, p.end, reach) : null) ?? found;
  if (person) return { ...personSpeaker(ctx.text, person, p.start), start: p.start, end: p.end };
  if (isByPhrase(p.text)) return null;
  // ويعلق الكاتب after للكاتب فاروق مردم بك: a definite trade noun is the person the page named with it.
  const described = words.length <= 5 && isDescriptionHead(foldArabic(words[0] as string));
  if ((ROLES.has(head) || described) && !namesSomeone(words)) {
    // (رئيس حزب الكرامة: only someone given that office, not the last الرئيس — quotes-office)
    const linked = personWithRole(ctx.text, index, head, p.start, stripArticle(foldArabic(words[1] ?? '')), officeOf(words.map(foldArabic)));
    // (…unless a new unnamed source of that noun came since: وقال مسؤول بارز …. وقال المسؤول — quotes-unnamed-since)
    if (linked && !unnamedSince(ctx, index, linked, head, p.start)) return { speaker: linked.name, entity: linked.entity, start: p.start, end: p.end };
  }
  // (العمري وزير الإسكان: a name the recogniser missed, then its role — the name speaks)
  return { speaker: ROLES.has(head) ? p.text : nameBeforeRole(p.text) ?? p.text, entity: null, start: p.start, end: p.end };
}
