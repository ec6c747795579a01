/**
 * Reads the hand-annotated gold files of tests/gold/.
 *
 * Article gold (tests/gold/articles/<fixture>.tsv), one line per paragraph of
 * `dump-paragraphs` (same numbering and text):
 *
 *   <i> TAB <B|N> TAB <paragraph text with inline mentions>
 *
 * B marks the article's own text (headline and body), N everything else (menus, rails,
 * footers, teasers, captions of other stories …). Mentions are marked only in B lines:
 *   [[P:surface]]          a person
 *   [[C:surface|ISO]]      a country (ISO 3166 alpha-2)
 *   [[D:surface|ISO]]      a demonym of that country (الروسي، الأمريكيين …)
 * The surface excludes attached clitics: و[[C:روسيا|RU]], ب[[C:مصر|EG]]. For ل + ال written لل
 * the surface starts at the article's ل: ل[[C:لولايات المتحدة|US]]. A name that itself starts
 * with و/ب/ل keeps it: [[C:لبنان|LB]], [[C:ليبيا|LY]].
 * Lines starting with # are comments.
 */
import { readFileSync } from 'node:fs';

export type GoldMentionType = 'person' | 'country';

export interface GoldMention { start: number; end: number; text: string; type: GoldMentionType; demonym: boolean; iso?: string }
export interface GoldParagraph { i: number; body: boolean; text: string; mentions: GoldMention[] }

const MARK = /\[\[([PCD]):([^\]|]+?)(?:\|([A-Z]{2}))?\]\]/g;

/** Strips the inline markup of one annotated paragraph and returns text and mentions. */
export function parseAnnotated(annotated: string, where = ''): { text: string; mentions: GoldMention[] } {
  let text = '';
  let last = 0;
  const mentions: GoldMention[] = [];
  for (const m of annotated.matchAll(MARK)) {
    const [whole, tag, surface, iso] = m as unknown as [string, 'P' | 'C' | 'D', string, string | undefined];
    text += annotated.slice(last, m.index);
    const start = text.length;
    text += surface;
    if (tag !== 'P' && !iso) throw new Error(`${where}: ${whole} needs an ISO code`);
    mentions.push({ start, end: text.length, text: surface, type: tag === 'P' ? 'person' : 'country', demonym: tag === 'D', ...(iso ? { iso } : {}) });
    last = (m.index as number) + whole.length;
  }
  text += annotated.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`${where}: malformed markup in "${annotated.slice(0, 80)}…"`);
  return { text, mentions };
}

/** Reads one article gold file. */
export function readArticleGold(path: string): GoldParagraph[] {
  const out: GoldParagraph[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [i, flag, ...rest] = line.split('\t');
    if (flag !== 'B' && flag !== 'N') throw new Error(`${path}:${n + 1}: second column must be B or N`);
    const { text, mentions } = parseAnnotated(rest.join('\t'), `${path}:${n + 1}`);
    out.push({ i: Number(i), body: flag === 'B', text, mentions });
  });
  return out;
}
