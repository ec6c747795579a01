import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HIGHLIGHT_CSS_FILE, highlightCssFile } from '../tools/highlight-css';
import { DARK, HIGHLIGHT_TYPES, LIGHT, blend, contrastRatio, highlightCss } from '@/utils/highlight/palette';

// Typical page colours: black/near-black text on white, light text on a dark page.
const pages = [
  { name: 'light', palette: LIGHT, background: [255, 255, 255] as [number, number, number], text: [33, 33, 33] as [number, number, number] },
  { name: 'light (cream)', palette: LIGHT, background: [250, 246, 236] as [number, number, number], text: [0, 0, 0] as [number, number, number] },
  { name: 'dark', palette: DARK, background: [18, 18, 18] as [number, number, number], text: [224, 224, 224] as [number, number, number] },
  { name: 'dark (navy)', palette: DARK, background: [13, 27, 42] as [number, number, number], text: [230, 230, 230] as [number, number, number] },
];

describe('highlight palette', () => {
  for (const page of pages) {
    for (const type of HIGHLIGHT_TYPES) {
      it(`${page.name}: ${type} keeps body text readable (WCAG AA 4.5:1) and its underline visible (3:1)`, () => {
        const s = page.palette[type];
        const tinted = blend(s.background, page.background);
        expect(contrastRatio(page.text, tinted)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(s.underline, page.background)).toBeGreaterThanOrEqual(3);
      });
    }
  }

  it('never tells two types apart by hue alone: underline styles all differ', () => {
    for (const palette of [LIGHT, DARK]) {
      const styles = HIGHLIGHT_TYPES.map((t) => palette[t].underlineStyle);
      expect(new Set(styles).size).toBe(styles.length);
    }
  });

  it('writes one ::highlight rule per type, named hamish-<type>', () => {
    const css = highlightCss(LIGHT);
    for (const type of HIGHLIGHT_TYPES) expect(css).toContain(`::highlight(hamish-${type})`);
  });

  it('computes contrast the WCAG way', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 1);
  });
});

describe('the content script stylesheet', () => {
  it('carries exactly the light palette rules (regenerate with npm run -s build:highlight-css)', () => {
    expect(readFileSync(HIGHLIGHT_CSS_FILE, 'utf8')).toBe(highlightCssFile());
  });

  it('the dark override wins over them: every declaration is important', () => {
    const css = highlightCss(DARK, true);
    const declarations = css.match(/[a-z-]+: [^;]+;/g) ?? [];
    expect(declarations.length).toBeGreaterThan(HIGHLIGHT_TYPES.length);
    for (const d of declarations) expect(d).toMatch(/ !important;$/);
    expect(highlightCss(DARK)).not.toContain('!important');
  });
});
