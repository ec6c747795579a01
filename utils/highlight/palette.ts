/**
 * Highlight colours and underline styles per type, for light and dark pages. Types differ by
 * hue AND by underline style (solid, dashed, dotted, double), so they are told apart without
 * colour vision. Backgrounds are translucent: the page's own text colour stays on top, and the
 * contrast of that text over the tinted background is checked in tests/unit/palette.test.ts.
 */

/** Every highlight type Hamish paints; each is registered as `hamish-<type>`. */
export const HIGHLIGHT_TYPES = ['person', 'country', 'demonym', 'quote'] as const;
export type HighlightType = (typeof HIGHLIGHT_TYPES)[number];

/** How one type looks. */
export interface TypeStyle {
  /** Background as [r, g, b, alpha]. */
  background: [number, number, number, number];
  /** Underline colour as [r, g, b]. */
  underline: [number, number, number];
  underlineStyle: 'solid' | 'dashed' | 'dotted' | 'double';
}

export type Palette = Record<HighlightType, TypeStyle>;

/** For pages with a light background. */
export const LIGHT: Palette = {
  person: { background: [255, 193, 7, 0.34], underline: [138, 90, 0], underlineStyle: 'solid' },
  country: { background: [38, 166, 154, 0.26], underline: [0, 105, 92], underlineStyle: 'dashed' },
  demonym: { background: [38, 166, 154, 0.1], underline: [0, 121, 107], underlineStyle: 'dotted' },
  quote: { background: [121, 134, 203, 0.14], underline: [57, 73, 171], underlineStyle: 'double' },
};

/** For pages with a dark background. */
export const DARK: Palette = {
  person: { background: [255, 213, 79, 0.26], underline: [255, 213, 79], underlineStyle: 'solid' },
  country: { background: [77, 208, 225, 0.22], underline: [77, 208, 225], underlineStyle: 'dashed' },
  demonym: { background: [77, 208, 225, 0.09], underline: [128, 222, 234], underlineStyle: 'dotted' },
  quote: { background: [159, 168, 218, 0.16], underline: [159, 168, 218], underlineStyle: 'double' },
};

/** Painting order: entities above quotations, which often contain them. */
export const PRIORITY: Record<HighlightType, number> = { quote: 0, demonym: 1, country: 2, person: 3 };

const rgba = ([r, g, b, a]: [number, number, number, number]) => `rgba(${r}, ${g}, ${b}, ${a})`;
const rgb = ([r, g, b]: [number, number, number]) => `rgb(${r}, ${g}, ${b})`;

/**
 * The `::highlight()` rules for a palette (plus the flash used to point at a mention); with
 * `important`, every declaration wins over the same rules elsewhere (the dark palette's
 * override of the light rules the content script's stylesheet carries).
 */
export function highlightCss(palette: Palette, important = false): string {
  const bang = important ? ' !important' : '';
  const rules = HIGHLIGHT_TYPES.map((type) => {
    const s = palette[type];
    return `::highlight(hamish-${type}) { background-color: ${rgba(s.background)}${bang}; text-decoration: underline ${s.underlineStyle} ${rgb(s.underline)}${bang}; text-decoration-thickness: ${type === 'demonym' ? 1 : 2}px${bang}; text-underline-offset: 3px${bang}; }`;
  });
  rules.push(`::highlight(hamish-flash) { background-color: rgba(255, 112, 67, 0.55)${bang}; }`);
  return rules.join('\n');
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours. */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A translucent colour composited over an opaque background. */
export function blend(top: [number, number, number, number], under: [number, number, number]): [number, number, number] {
  const a = top[3];
  return [0, 1, 2].map((i) => Math.round((top[i] as number) * a + (under[i] as number) * (1 - a))) as [number, number, number];
}
