import { describe, expect, it } from 'vitest';
import { findPeople } from '../../utils/nlp/people';

describe('addListItems: the next items of a list of full names, behind و', () => {
  it('finds a given name and a family name after a full name and a comma', () => {
    const names = findPeople('وضم المدرب إلى التشكيلة حسين المقهوي، وعمر السومة، وسلمان المؤشر، وصالح العمري في المباراة').map((m) => m.text);
    expect(names).toContain('عمر السومة');
    expect(names).toContain('سلمان المؤشر');
  });

  it('leaves a title behind و out of the list', () => {
    const names = findPeople('واستقبله الأمير فيصل بن خالد، ووزير الثقافة في المطار').map((m) => m.text);
    expect(names.some((n) => n.includes('وزير'))).toBe(false);
  });

  it('finds an item between a name found by its given name so far and a full name after it', () => {
    const names = findPeople('وهم عبدالرحمن العليو وحاتم المسحل ومعاذ العوهلي وطلال البنعلي وعبد العزيز السويلم.').map((m) => m.text);
    expect(names).toContain('معاذ العوهلي');
    // A common word behind و is no given name, whatever stands around it.
    const common = findPeople('وهم عبدالرحمن العليو وحاتم المسحل وطالب العوهلي وطلال البنعلي وعبد العزيز السويلم.').map((m) => m.text);
    expect(common.some((n) => n.includes('طالب'))).toBe(false);
  });
});
