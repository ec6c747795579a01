import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('people: a confident full name\'s given name standing alone', () => {
  it('finds the given name alone where the page calls the person by it again and again', () => {
    const text = 'وصلت الممثلة سلمى بركات إلى المسرح باكرا، وجلست سلمى إلى جانب أمها، ثم ضحكت سلمى وهي تتذكر.';
    expect(peopleFromSpans(text, ['سلمى بركات'])).toEqual(['سلمى بركات', 'سلمى', 'سلمى']);
  });

  it('leaves a lone given name alone when it stands only once', () => {
    const once = 'وصلت الممثلة سلمى بركات إلى المسرح باكرا، وجلست سلمى إلى جانب أمها.';
    expect(peopleFromSpans(once, ['سلمى بركات'])).toEqual(['سلمى بركات']);
  });

  it('leaves it alone when the page also writes the word with the article (a common word there)', () => {
    const noun = 'وصلت الممثلة سلمى بركات إلى المسرح باكرا، وجلست سلمى إلى جانب أمها، ثم ضحكت سلمى والسلمى حاضرة.';
    expect(peopleFromSpans(noun, ['سلمى بركات'])).toEqual(['سلمى بركات']);
  });

  it('does not read a word the lists know whole as a clitic and the given name (لصالح is "in favour of")', () => {
    const text = 'استقبل العميد صالح بن علي العايد الوفد. وصوت المجلس لصالح القرار بالأغلبية، ثم صوت النواب لصالح المشروع.';
    expect(peopleFromSpans(text, ['صالح بن علي العايد'])).toEqual(['صالح بن علي العايد']);
  });
});
