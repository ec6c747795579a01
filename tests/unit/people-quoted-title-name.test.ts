import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('a name in quotation marks right after a definite title (people-quoted-title-name)', () => {
  it.each([
    ['وفي الطريق يتوجه الوزير النمساوي «سباستيان» إلى طهران.', ['سباستيان']],
    ['وقالت الممثلة «ديمي مور» إن الدور صعب.', ['ديمي مور']],
    ['وناشد العقيد "عائض البقمي" المواطنين الالتزام بالأنظمة.', ['عائض البقمي']],
  ])('%s', (text, expected) => {
    expect(peopleFromSpans(text, [])).toEqual(expected);
  });
  it.each([
    // No title right before the marks: a work's or a brand's name.
    ['وشاهد الجمهور مسلسل «سباستيان» على الشاشة.'],
    // A common word inside the marks after the title: a description, not a name.
    ['ووصف الشيخ «المتشدد» بأنه خطر.'],
    ['وقال الوزير «شكرا» للحضور.'],
    // More than three words, or no closing mark: a quotation, not a name.
    ['وكتب الكاتب «سباستيان كوليني ماريو ديمي» في كتابه.'],
  ])('%s', (text) => {
    expect(peopleFromSpans(text, [])).toEqual([]);
  });
});
