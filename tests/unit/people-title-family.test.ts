import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('family name after a given name a title introduces', () => {
  it.each([
    // A word no list knows, after a demonym and a given name.
    ['وانضم المهاجم السوري عمر السومة إلى الفريق', ['عمر'], ['عمر السومة']],
    // A family name that is also a title, tagged and trimmed as one.
    ['وقال المهندس إبراهيم السلطان إن المشروع اكتمل', ['إبراهيم السلطان'], ['إبراهيم السلطان']],
    // A surname without the article that is also a title, trimmed as one.
    ['وأمر باعتقال الصحافي مصطفى أمين بتهمة التخابر', ['مصطفى أمين'], ['مصطفى أمين']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
  it.each([
    // A relative pronoun, a plural after the titled name: no family name.
    ['واستقبل الأمير تشارلز الذي وصل أمس الوفد', ['تشارلز'], ['تشارلز']],
    ['وكرم الأستاذ صالح الفائزين بالمسابقة', ['صالح'], ['صالح']],
  ])('%s', (text, spans, expected) => {
    expect(peopleFromSpans(text, spans)).toEqual(expected);
  });
});
