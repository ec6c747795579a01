import { describe, expect, it } from 'vitest';
import { detectQuotes } from '@/utils/nlp/quotes';

const texts = (text: string) => detectQuotes(text).map((q) => q.text);

describe('detectQuotes: a name noun ending a speech verb\'s subject before a colon (quotes-speaker-noun)', () => {
  it('the words after the speaker\'s name are his, even when the name ends in a name noun', () => {
    expect(texts('ويكمل سامي علامة: «الموسم كان صعبا على الجميع».')).toEqual(['الموسم كان صعبا على الجميع']);
  });

  it('a name noun with no speech verb before it still names a title', () => {
    expect(texts('وأطلقت الوزارة برنامج: «صيف آمن».')).toEqual([]);
  });
});
