import type { EntityMention } from '@/utils/nlp/types';

/**
 * A person mention of `name` where it first stands in `text`, with the entity id `entity` and the
 * name the entity is known by (`name` itself unless the mention was linked to a fuller one).
 */
export function personIn(text: string, name: string, entity: string, linked = name): EntityMention {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`no "${name}" in the text`);
  return { type: 'person', start, end: start + name.length, text: name, entity, name: linked };
}
