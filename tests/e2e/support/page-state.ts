import type { Page } from 'playwright-core';

/** Highlight names and their ranges' text, read from the page's main world (as any script could). */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ['hamish-person', 'hamish-country', 'hamish-demonym', 'hamish-quote']) {
      const h = CSS.highlights.get(name);
      out[name] = h ? [...h].map((r) => (r as Range).toString()) : [];
    }
    return out;
  });
}

/** Waits until a highlight type has at least `min` ranges. */
export async function waitForHighlights(page: Page, name: string, min = 1, timeout = 15_000): Promise<void> {
  await page.waitForFunction(([n, m]) => (CSS.highlights.get(n as string)?.size ?? 0) >= (m as number), [name, min], { timeout });
}

/**
 * Viewport centre of the first visible range of a highlight whose text is `text` (or of the first
 * visible range): scrolled into view, inside the viewport, and not covered by another element.
 */
export async function pointOfHighlight(page: Page, name: string, text?: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([n, t]) => {
    const h = CSS.highlights.get(n as string);
    if (!h) return null;
    for (const r of h as unknown as Iterable<Range>) {
      if (t && r.toString() !== t) continue;
      const el = r.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      if (!rect || rect.width === 0 || rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > innerWidth) continue;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const top = document.elementFromPoint(x, y);
      if (top && el && (top === el || el.contains(top) || top.contains(el))) return { x, y };
    }
    return null;
  }, [name, text ?? '']);
  if (!point) throw new Error(`no visible ${name} highlight${text ? ` "${text}"` : ''}`);
  return point;
}

interface CdpNode { nodeId: number; backendNodeId: number; nodeName: string; nodeValue?: string; localName?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] }

/**
 * The context card's text and buttons, read through the DevTools protocol: the card lives in a
 * closed shadow root (page scripts cannot read it), which only DevTools can pierce.
 */
export async function readCard(page: Page): Promise<{ open: boolean; text: string; buttons: Array<{ label: string; backendNodeId: number }> }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (n: CdpNode): CdpNode | null => {
      if (n.localName === 'hamish-card') return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const f = find(c);
        if (f) return f;
      }
      return null;
    };
    const host = find(root);
    if (!host) return { open: false, text: '', buttons: [] };
    const texts: string[] = [];
    const buttons: Array<{ label: string; backendNodeId: number }> = [];
    const walk = (n: CdpNode, inButton: string[] | null) => {
      if (n.localName === 'style') return;
      if (n.nodeName === '#text' && n.nodeValue) {
        texts.push(n.nodeValue);
        inButton?.push(n.nodeValue);
      }
      if (n.localName === 'button') {
        const label: string[] = [];
        const attrs = n.attributes ?? [];
        const aria = attrs[attrs.indexOf('aria-label') + 1];
        for (const c of n.children ?? []) walk(c, label);
        buttons.push({ label: attrs.includes('aria-label') && aria ? aria : label.join(''), backendNodeId: n.backendNodeId });
        return;
      }
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c, inButton);
    };
    walk(host, null);
    return { open: true, text: texts.join(' ').replace(/\s+/g, ' '), buttons };
  } finally {
    await cdp.detach();
  }
}

/** Clicks an element found by `readCard` (inside the closed shadow root) at its centre. */
export async function clickCardButton(page: Page, backendNodeId: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}
