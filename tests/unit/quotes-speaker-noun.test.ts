import { describe, expect, it } from 'vitest';
import { quoteTexts } from './person-mentions';

describe('detectQuotes: a name noun ending a speech verb\'s subject before a colon (quotes-speaker-noun)', () => {
  it('the words after the speaker\'s name are his, even when the name ends in a name noun', () => {
    expect(quoteTexts('ويكمل سامي علامة: «الموسم كان صعبا على الجميع».')).toEqual(['الموسم كان صعبا على الجميع']);
  });

  it('a name noun with no speech verb before it still names a title', () => {
    expect(quoteTexts('وأطلقت الوزارة برنامج: «صيف آمن».')).toEqual([]);
  });
});
