import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';
import { personIn, quoteSpeakers } from './person-mentions';
import type { EntityMention } from '@/utils/nlp/types';

describe('a person joined to ل is spoken to or of, not the speaker', () => {
  it('حيث قال لسلوى: the one spoken to after the verb does not speak', () => {
    const text = 'وفي لقائه مع المذيعة سلوى جابر انتقد كريم ناصر الحكومة بشدة، حيث قال لجابر: «الخطة لم تنجح أبدا».';
    const start = text.indexOf('لجابر') + 1;
    const told: EntityMention = { type: 'person', start, end: start + 4, text: 'جابر', entity: 'p:سلوى جابر', name: 'سلوى جابر' };
    const mentions = [personIn(text, 'سلوى جابر', 'p:سلوى جابر'), personIn(text, 'كريم ناصر', 'p:كريم ناصر'), told];
    expect(detectQuotes(text, mentions).map((q) => q.speaker)).toEqual(['كريم ناصر']);
  });

  it('وأرجع النجاح لسلوى، لأنها «…»: the one praised is not the nearest speaker', () => {
    const text = 'أما المخرج كريم ناصر فبدأ حديثه عن المسلسل الجديد، وأرجع نجاح العمل لسلوى جابر، لأنها «تعطي كل مشهد حقه».';
    const people: Array<[string, string]> = [['كريم ناصر', 'p:كريم ناصر'], ['سلوى جابر', 'p:سلوى جابر']];
    expect(quoteSpeakers(text, people)).toEqual(['كريم ناصر']);
  });
});
