import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('people: a confident full name\'s given name standing alone', () => {
  it('finds the given name alone where the page calls the person by it again and again', () => {
    const text = 'وصلت الممثلة سلمى بركات إلى المسرح باكرا، وجلست سلمى إلى جانب أمها، ثم ضحكت سلمى وهي تتذكر.';
    expect(peopleFromSpans(text, ['سلمى بركات'])).toEqual(['سلمى بركات', 'سلمى', 'سلمى']);
  });

  it('leaves a lone given name alone when it stands only once, or the page writes it with the article', () => {
    const once = 'وصلت الممثلة سلمى بركات إلى المسرح باكرا، وجلست سلمى إلى جانب أمها.';
    expect(peopleFromSpans(once, ['سلمى بركات'])).toEqual(['سلمى بركات']);
    const noun = 'قال المهندس أمين فارس إن العمل بدأ، وأمين المخزن حاضر، وكان أمين الصندوق غائبا، والأمين العام مسافر.';
    expect(peopleFromSpans(noun, ['أمين فارس'])).toEqual(['أمين فارس']);
  });
});
