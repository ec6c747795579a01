import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arabicDecodingScore, declaredCharset, decodePage, looksBinary } from '../tools/read-page';

const EDGE = resolve(import.meta.dirname, '../fixtures/pages/edge');
const ARABIC = 'أعلنت كتائب الشهيد عز الدين القسام';

describe('decodePage', () => {
  it('guesses windows-1256 for an undeclared windows-1256 page (edge/E1)', () => {
    const d = decodePage(readFileSync(`${EDGE}/E1_chardet_windows-1256_ar.html`));
    expect(d).toMatchObject({ encoding: 'windows-1256', how: 'guessed' });
    expect(d.text).toContain(ARABIC);
  });

  it('guesses ISO-8859-6 for an undeclared ISO-8859-6 page (edge/E2)', () => {
    const d = decodePage(readFileSync(`${EDGE}/E2_chardet_iso-8859-6_ar.html`));
    expect(d).toMatchObject({ encoding: 'iso-8859-6', how: 'guessed' });
    expect(d.text).toContain(ARABIC);
  });

  it('follows a BOM, then a declared charset', () => {
    const utf8 = new TextEncoder().encode(`<p>${ARABIC}</p>`);
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toMatchObject({ encoding: 'utf-8', how: 'bom' });
    const e1 = readFileSync(`${EDGE}/E1_chardet_windows-1256_ar.html`);
    const declared = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'), e1]);
    expect(declaredCharset(declared)).toBe('windows-1256');
    expect(decodePage(declared)).toMatchObject({ encoding: 'windows-1256', how: 'declared' });
    expect(decodePage(Buffer.from('<meta charset="iso-8859-6"><p>x</p>'))).toMatchObject({ encoding: 'iso-8859-6', how: 'declared' });
  });

  it('keeps UTF-8 with a few broken sequences as UTF-8, and ignores <meta> in a text file', () => {
    const text = new TextEncoder().encode(`<p>${ARABIC.repeat(20)}</p>`);
    const broken = new Uint8Array([...text.subarray(0, 200), 0xd8, ...text.subarray(200)]);
    const d = decodePage(broken);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(ARABIC);
    expect(decodePage(Buffer.from('<meta charset="windows-1256"> plain'), { html: false }).encoding).toBe('utf-8');
  });

  it('scores a right Arabic decoding above a wrong one', () => {
    const bytes = readFileSync(`${EDGE}/E1_chardet_windows-1256_ar.html`);
    const right = arabicDecodingScore(new TextDecoder('windows-1256').decode(bytes));
    const wrong = arabicDecodingScore(new TextDecoder('iso-8859-6').decode(bytes));
    expect(right).toBeGreaterThan(wrong + 100);
  });
});

describe('looksBinary', () => {
  it('tells binary data from text, UTF-16 with a BOM included', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode(`<p>${ARABIC}</p>`))).toBe(false);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00]))).toBe(false);
  });
});
