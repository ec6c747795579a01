/** Which palette a page needs: the dark one on a dark background. */

/** True when the page's background is dark (judged from the computed background of the body/html). */
export function isDarkPage(doc: Document): boolean {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = win.getComputedStyle(el).backgroundColor.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
    if (!m || (m[4] !== undefined && Number(m[4]) === 0)) continue;
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.299 * r + 0.587 * g + 0.114 * b < 110;
  }
  return false;
}
