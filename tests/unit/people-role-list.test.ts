import { describe, expect, it } from 'vitest';
import { peopleFromSpans } from './person-mentions';

describe('addRoleListItems: the next item of a list of people each given with a role', () => {
  const LIST = 'كما حضر الاجتماع ماغمد داؤدوف رئيس البرلمان في الشيشان، وحسن حكيموف نائب رئيس حكومة الشيشان، ';

  it('takes two unknown words behind و followed by a role, after an item of a full name and its role', () => {
    const text = `${LIST}واليغ ازيروف المندوب الدائم لروسيا لدى المنظمة.`;
    expect(peopleFromSpans(text, ['ماغمد داؤدوف', 'حسن حكيموف'])).toEqual(['ماغمد داؤدوف', 'حسن حكيموف', 'اليغ ازيروف']);
  });

  it('leaves an item with no role after it, or after an item with no full name', () => {
    expect(peopleFromSpans(`${LIST}واليغ ازيروف في القاعة.`, ['ماغمد داؤدوف', 'حسن حكيموف'])).toEqual(['ماغمد داؤدوف', 'حسن حكيموف']);
    const noName = 'كما حضر الاجتماع رئيس البرلمان في الشيشان، واليغ ازيروف المندوب الدائم لروسيا.';
    expect(peopleFromSpans(noName, [])).toEqual([]);
  });

  it('leaves common words behind و before a role', () => {
    const text = `${LIST}وكافة الأعضاء المندوبين في المنظمة.`;
    expect(peopleFromSpans(text, ['ماغمد داؤدوف', 'حسن حكيموف'])).toEqual(['ماغمد داؤدوف', 'حسن حكيموف']);
  });
});
