import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('people: a function word inside a tagged span', () => {
  it('cuts at the preposition على or the copula هو between two names', () => {
    expect(peopleFromSpans('وأكد تفوق بوتين على ترامب في المناظرة', ['بوتين على ترامب'])).toEqual(['بوتين', 'ترامب']);
    expect(peopleFromSpans('وكان خليفة فؤاد حداد هو سامي العبيدي', ['فؤاد حداد هو سامي العبيدي'])).toEqual(['فؤاد حداد', 'سامي العبيدي']);
  });

  it('keeps only the name after the vocative يا', () => {
    expect(peopleFromSpans('وقال: أنا فرحان جدا يا سعاد، والله', ['جدا يا سعاد'])).toEqual(['سعاد']);
  });

  it('keeps على after a given name, where a page writes the name علي so', () => {
    expect(peopleFromSpans('وحضر الشيخ محمد على هلوس وعدد من الأعيان', ['محمد على هلوس'])).toEqual(['محمد على هلوس']);
  });

  it('cuts at the negated copula ليست or a kin noun between two names', () => {
    expect(peopleFromSpans('وكتبت الصحيفة أن منى زكي ليست سعاد حسني في أدوارها', ['منى زكي ليست سعاد حسني'])).toEqual(['منى زكي', 'سعاد حسني']);
    // The cut is made at the kin noun; the lone given name before it does not stay either (a one-word
    // name before a kin noun is dropped elsewhere, whatever the tagger's confidence).
    expect(peopleFromSpans('وكان فهد شقيق سالم الحربي يقود السيارة', ['فهد شقيق سالم الحربي'])).toEqual(['سالم الحربي']);
  });
});
