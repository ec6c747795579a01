/**
 * Marks that set off a person's description between the name and the colon that opens their
 * words (يقول فهد الغانمي «موظف في منتجع سياحي بأبحر»: إن السبب …): what they hold describes the
 * speaker; the words said come after the colon.
 */
import type { EntityMention } from './types';
import type { MarkPair } from './quotes-marks';
import { partitionPoint } from '../sorted';

/**
 * Whether the closed pair `p` stands right after a person mention (spaces only between) and
 * right before a colon. `mentions` are sorted by start.
 * @example describesNamedPerson(text of 'يقول فهد الغانمي «موظف في منتجع»: إن …', mentions, pair) → true
 */
export function describesNamedPerson(text: string, mentions: readonly EntityMention[], p: MarkPair): boolean {
  if (!p.closed || !/^\s*:/.test(text.slice(p.close + 1, p.close + 4))) return false;
  const k = partitionPoint(mentions.length, (i) => mentions[i]!.start < p.open) - 1;
  const m = mentions[k];
  return m !== undefined && m.type === 'person' && m.end <= p.open && /^\s*$/.test(text.slice(m.end, p.open));
}
