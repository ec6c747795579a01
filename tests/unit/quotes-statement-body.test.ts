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
    // لبيان، صدر عن, and a construct before the article words (مجلس وزراء الخارجية), but no relative after them
    expect(statementBody('ووفقا لبيان صدر عن مجلس وزراء الخارجية الأوروبيين الذي عقد أمس')?.name).toBe('مجلس وزراء الخارجية الأوروبيين');
    // (a definite body takes no word after it that has no article: أمس is no part of it)
    expect(statementBody('في بيان صادر عن الوزارة أمس الأحد')?.name).toBe('الوزارة');
    expect(statementBody('وفقا لبيانات الوزارة الأخيرة')).toBeNull();
  });
});
