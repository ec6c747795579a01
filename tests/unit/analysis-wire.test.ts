import { describe, expect, it } from 'vitest';
import { analyse } from '@/utils/nlp/pipeline';
import { fromWire, toWire } from '@/utils/messaging/analysis-wire';

describe('the analysis on the wire', () => {
  const text = 'وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن «الحوار مع روسيا ضروري».';

  it('travels without the spans\u2019 texts and comes back whole from the analysed text', () => {
    const analysis = analyse(text);
    expect(analysis.entities.length).toBeGreaterThan(2);
    const wire = toWire(analysis);
    expect(JSON.stringify(wire)).not.toContain('الحوار مع روسيا');
    expect(fromWire(JSON.parse(JSON.stringify(wire)), text)).toEqual(analysis);
  });

  it('refuses spans outside the text it is given', () => {
    const wire = toWire(analyse(text));
    expect(() => fromWire(wire, text.slice(0, 20))).toThrow(/outside the analysed text \(20 characters\)/);
  });
});
