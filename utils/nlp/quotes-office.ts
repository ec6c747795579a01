/**
 * The office a role noun in construct names: رئيس مركز الدراسات الكردية is the head of a centre,
 * رئيس حزب الكرامة the head of a party, وزير الخارجية the foreign minister. Such a phrase stands
 * for an earlier person only if that person was given the same office; the role noun alone
 * (رئيس) would link it to whoever the article last called الرئيس, someone else.
 */

/** Words between a role noun and the body it serves (متحدث باسم الجيش، مندوب لدى الأمم المتحدة). */
export const LINKS = new Set(['باسم', 'لدي', 'في', 'عن', 'من']);

/**
 * The folded word, without its article, naming the office of a role phrase whose head is in
 * construct (no article on the head: رئيس حزب الكرامة → حزب, متحدث باسم الجيش → جيش); null for
 * a head with the article (الرئيس التركي, where what follows describes the holder) or alone.
 * @example officeOf(['رئيس', 'مركز', 'الدراسات']) → 'مركز'
 * @example officeOf(['الرئيس', 'التركي']) → null
 */
export function officeOf(folded: readonly string[]): string | null {
  const [head, ...rest] = folded;
  if (!head || head.startsWith('ال')) return null;
  const word = rest.find((w) => !LINKS.has(w));
  if (!word) return null;
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

/** Offices that are one: رئيس الوزراء is رئيس الحكومة. */
const SAME_OFFICE = [new Set(['وزراء', 'حكومة', 'حكومه'])];

/**
 * Whether a person's role words (folded, without the article) give them `office`, also with the
 * preposition the body may carry there (المستشار القانوني للجيش الليبي holds مستشار الجيش) or
 * under another name for the same office (رئيس الوزراء, رئيس الحكومة).
 * @example holdsOffice(new Set(['مستشار', 'قانوني', 'للجيش']), 'جيش') → true
 */
export function holdsOffice(roles: ReadonlySet<string>, office: string): boolean {
  const names = SAME_OFFICE.find((same) => same.has(office)) ?? [office];
  for (const name of names) if (roles.has(name) || roles.has(`لل${name}`) || roles.has(`بال${name}`)) return true;
  return false;
}
