/**
 * A person mention that is only a role noun with the article (الملازم، العقيد): the recogniser
 * read a rank or an office as a name. Before a description that names its holder further on (قال
 * الملازم في مكافحة إجرام الأنبار عبد الله خضير العلواني لـ«الشرق الأوسط» إن) it is the role, and
 * the name after it speaks.
 */
import { foldArabic } from './normalize';
import { ROLES } from './quotes-roles';
import type { EntityMention } from './types';

/**
 * Whether the mention is one definite word that the role lists know (الملازم), not a name.
 * @example isBareRankMention({ text: 'الملازم', … }) → true
 * @example isBareRankMention({ text: 'عبد الله العلواني', … }) → false
 */
export function isBareRankMention(m: EntityMention): boolean {
  const f = foldArabic(m.text);
  return !f.includes(' ') && f.startsWith('ال') && ROLES.has(f.slice(2));
}
