import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';
import { bodyAfterStatement, statementBody } from '@/utils/nlp/quotes-statement-body';

const speakers = (text: string): Array<string | null> => analyse(text).quotes.map((q) => q.speaker);

describe('quotes-statement-body: a statement named with the body that made it', () => {
  it('the body speaks, without the ل that joins it to its statement', () => {
    expect(speakers('وجاء في بيان لهيئة الموانئ الوطنية أن «التأخير غير مقبول ويضر بالتجارة».')).toEqual(['هيئة الموانئ الوطنية']);
  });

  it('a later bare البيان stands for that body', () => {
    expect(speakers('وجاء في بيان لهيئة الموانئ الوطنية أن السفن تأخرت أسبوعا. وقال البيان في وقت لاحق إن «التأخير غير مقبول ويضر بالتجارة».'))
      .toEqual(['هيئة الموانئ الوطنية']);
  });

  it('reads the body off the text', () => {
    expect(bodyAfterStatement('لوزارة')).toBe('وزارة');
    expect(bodyAfterStatement('لها')).toBe('لها');
    expect(statementBody('وجاء في بيان للشركة الوطنية أن')?.name).toBe('الشركة الوطنية');
    expect(statementBody('وجاء في بيان مشترك أن')).toBeNull();
    // After صادر عن no ل was taken off: a body that begins with ل keeps its spelling.
    expect(statementBody('وجاء في بيان صادر عن لجنة التحقيق أن')?.name).toBe('لجنة التحقيق');
  });
});
