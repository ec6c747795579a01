import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('extendNamesInLists: a family name left out inside a list of full names', () => {
  it('takes the title-like family word after a given name behind و', () => {
    const text = 'ضمت القائمة سالم الدوسري وخالد السلطان وياسر الشهراني في المعسكر';
    expect(peopleFromSpans(text, ['سالم الدوسري', 'وخالد', 'ياسر الشهراني'])).toEqual(['سالم الدوسري', 'خالد السلطان', 'ياسر الشهراني']);
  });

  it('takes it at the end of a list after a full name', () => {
    const text = 'سافر اللاعبان عمر الهوساوي وماجد الرهيب إلى إيطاليا';
    expect(peopleFromSpans(text, ['عمر الهوساوي', 'وماجد'])).toEqual(['عمر الهوساوي', 'ماجد الرهيب']);
  });

  it('takes it between commas before a full name', () => {
    const text = 'ومن المنشدين حسين الشيخ، علي الغامدي، في الحفل';
    expect(peopleFromSpans(text, ['حسين', 'علي الغامدي'])).toEqual(['حسين الشيخ', 'علي الغامدي']);
  });

  it('leaves a given name next to another lone name as it is', () => {
    const text = 'خرج عمر وخالد السعيدان من المسجد';
    expect(peopleFromSpans(text, ['عمر', 'وخالد'])).toEqual(['عمر', 'خالد']);
  });

  it('leaves out a plural noun after the given name', () => {
    const text = 'كرم سالم الدوسري وخالد المشاركين في الدورة';
    expect(peopleFromSpans(text, ['سالم الدوسري', 'وخالد'])).not.toContain('خالد المشاركين');
  });

  it('takes a listed name without the article before the next item behind و', () => {
    const text = 'شارك في المباراة سامي فتحي وحازم إمام وأيمن حفني';
    expect(peopleFromSpans(text, ['سامي فتحي', 'وحازم', 'أيمن حفني'])).toEqual(['سامي فتحي', 'حازم إمام', 'أيمن حفني']);
  });

  it('leaves a word without the article that is the next item as it is', () => {
    const text = 'وتخص بالعزاء سامي فتحي ومحمد وسلطان وفواز';
    expect(peopleFromSpans(text, ['سامي فتحي', 'ومحمد'])).not.toContain('محمد وسلطان');
  });
});
