import { describe, expect, it } from 'vitest';
import { findPeople } from '@/utils/nlp/people';

const names = (text: string) => findPeople(text).map((m) => m.text);

describe('a person at the end of a body\'s name', () => {
  it('finds the holder of a role named right after the body', () => {
    expect(names('وحضر التوقيع نائب رئيس النادي فيصل أبا الخيل في مطار الملك خالد')).toContain('فيصل أبا الخيل');
    expect(names('وأكد زعيم الحزب فيليب ديونتر أن الحملة مستمرة')).toContain('فيليب ديونتر');
  });

  it('leaves an institution named after a patron alone', () => {
    expect(names('وزار المرضى في مستشفى الملك فهد المركزي بجازان')).toEqual([]);
  });
});
