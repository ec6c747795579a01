import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('dropPlaceHeadedWords: a word the page writes after a place noun is that place', () => {
  it('drops the lone word the page also writes after في', () => {
    const text = 'وصدّرت زيلانكو القمح هذا العام. وتقع مدينة زيلانكو على النهر، وفي زيلانكو مصانع كثيرة';
    expect(peopleFromSpans(text, ['زيلانكو'])).toEqual([]);
  });

  it('keeps a lone word the page never writes after a place noun', () => {
    const text = 'زار مدينة جدة أمس. وصرح زيلانكو للصحفيين';
    expect(peopleFromSpans(text, ['زيلانكو'])).toEqual(['زيلانكو']);
  });
});
