/**
 * The role an article gives a person, read from the words right before the name: a title, then
 * only role-like words up to the name (وزير الخارجية التركي مولود جاويش أوغلو → وزير الخارجية
 * التركي). The context card shows it.
 */
import { foldedOffset } from './normalize';
import { LEX } from './ner/lexicon';
import { procliticSplits, type Token } from './tokenize';

/** Prepositions that tie a role to the body or the place it serves in (في، لدى، باسم), folded. */
const ROLE_LINKS = new Set(['في', 'لدي', 'باسم']);
/** Honorifics right before a name that the cue lists lack as titles (الملا عمر), folded. */
const HONORIFICS = new Set(['الملا', 'ملا']);
const ROLE_WORDS = LEX.TITLE | LEX.MODIFIER | LEX.DEMONYM | LEX.COUNTRY | LEX.ORG_CUE | LEX.PLACE | LEX.CORPUS_LOC | LEX.CORPUS_ORG;

/**
 * Whether a folded word is an ال…ي / ال…ية adjective (التركي، الفرنسية), which a role may hold.
 * @example isNisba('التركي') → true
 */
export function isNisba(f: string): boolean {
  return f.startsWith('ال') && f.length >= 5 && (f.endsWith('ي') || f.endsWith('ية'));
}

/** Possessive pronouns after a title (مدربه، مدربها، مدربهم). */
const POSSESSIVES = ['هما', 'هم', 'ها', 'ه'];

/** Whether a folded word is a title without the article and a possessive pronoun (مدربه، سفيرها). */
function isTitleWithPronoun(f: string, classOf: (w: string) => number): boolean {
  if (f.startsWith('ال') || classOf(f) !== 0) return false;
  const p = POSSESSIVES.find((x) => f.endsWith(x) && f.length - x.length >= 3);
  return p !== undefined && (classOf(f.slice(0, -p.length)) & LEX.TITLE) !== 0;
}

/**
 * The role words right before the name at token `at`: a title, then only role-like words up to the name.
 * @example roleBefore(text, tokens, index of جاويش in 'وقال وزير الخارجية التركي جاويش أوغلو', classOf) → 'وزير الخارجية التركي'
 */
export function roleBefore(text: string, tokens: readonly Token[], at: number, classOf: (w: string) => number): string | undefined {
  let title = -1;
  for (let j = at - 1; j >= 0 && j >= at - 6; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const forms = procliticSplits(t.text).map((s) => s.stem);
    const bits = forms.reduce((b, f) => b | classOf(f), 0);
    if (bits & LEX.SPEECH) break;
    // بقيادة مدربه زلاتكو: a title with a possessive pronoun (his coach) is the name's title too.
    if (bits & LEX.TITLE || isTitleWithPronoun(forms[0]!, classOf)) { title = j; continue; }
    // مفوض الطاقة في الاتحاد الأوروبي، سفير المملكة لدى الأردن: a role runs on through the body or the place it serves in.
    if (ROLE_LINKS.has(forms[0]!)) continue;
    // زعيم حركة طالبان الملا عمر: an honorific the lists lack as a title stands between the role and the name.
    if (j === at - 1 && HONORIFICS.has(forms[0]!)) continue;
    if (!(bits & ROLE_WORDS) && !isNisba(forms[0]!) && !forms[0]!.startsWith('لل')) break;
  }
  if (title < 0) return undefined;
  // وقال ووزير الخارجية: the role starts at the title, after its clitics.
  const first = tokens[title]!;
  const reading = procliticSplits(first.text).find((r) => !r.article && classOf(r.stem) & LEX.TITLE);
  const start = first.start + foldedOffset(first.text, reading?.prefix.length ?? 0);
  return text.slice(start, tokens[at - 1]!.end);
}
