/**
 * The context card: Preact in a closed shadow root under one `<hamish-card>` host, placed next
 * to the mention and never off-screen; keyboard accessible (focus moves in, Tab cycles, Esc
 * closes and gives focus back). Unmounted on close and when the content script is invalidated.
 */
import { render } from 'preact';
import type { PageContext } from '@/utils/page/script-context';
import { CardFrame } from '@/components/card/CardFrame';
import { EntityCard } from '@/components/card/EntityCard';
import { QuoteCard } from '@/components/card/QuoteCard';
import type { EarlierPagesState } from '@/components/card/EarlierPages';
import type { Painter } from '@/utils/highlight/painter';
import { createSender } from '@/utils/messaging/protocol';
import type { PageAnalysis } from '@/utils/messaging/schemas';
import type { PageAnnotations, TabProtocol } from '@/utils/messaging/tab-protocol';
import type { Analysis } from '@/utils/nlp/types';
import { CARD_CSS } from './card-style';
import { copyText, countryFacts, earlierPages, placeCard, quoteWithSource, trapTab } from './card-support';
import type { Hit } from './interaction';
import type { PaintedItems } from './paint';
import type { ExtensionApi } from './session-types';

type Target = { kind: 'entity'; entity: string; mention: number } | { kind: 'quote'; index: number };

export interface CardController {
  open(hit: Hit): void;
  reveal(target: TabProtocol['revealMention']['data']): boolean;
  close(): void;
}

interface Deps {
  ctx: PageContext;
  browser: ExtensionApi;
  painter: Painter;
  getState(): { analysis: Analysis; countries: PageAnalysis['countries']; items: PaintedItems; snapshot: PageAnnotations };
}

/** Creates the card controller of a page (the host is created on first open). */
export function createCardController({ ctx, browser, painter, getState }: Deps): CardController {
  const send = createSender(browser.runtime);
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let current: Target | null = null;
  let returnFocus: Element | null = null;
  let earlier: { entity: string; data: EarlierPagesState } | null = null;
  let copied = false;

  const ensureHost = () => {
    if (host?.isConnected && mount) return mount;
    host = document.createElement('hamish-card');
    host.style.position = 'absolute';
    host.style.zIndex = '2147483647';
    const shadow = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
    mount = document.createElement('div');
    shadow.append(mount);
    document.documentElement.append(host);
    return mount;
  };

  const rangeOf = (target: Target): Range | undefined => {
    const { items } = getState();
    return target.kind === 'quote' ? items.quotes[target.index]?.[0] : items.mentions[target.mention]?.[0];
  };

  const show = (target: Target, opts: { scroll: boolean; focus: boolean }) => {
    const range = rangeOf(target);
    if (!range) return false;
    current = target;
    if (opts.scroll) {
      const rect = range.getBoundingClientRect();
      if (rect.top < 60 || rect.bottom > innerHeight - 60) scrollBy({ top: rect.top - innerHeight / 3, behavior: 'instant' as ScrollBehavior });
      painter.flash(range);
    }
    if (opts.focus && !host?.isConnected) returnFocus = document.activeElement;
    draw();
    placeCard(host as HTMLElement, range);
    if (opts.focus) mount?.querySelector<HTMLElement>('#hamish-card-title')?.focus();
    return true;
  };

  const mentionsOf = (entity: string) => getState().analysis.entities.flatMap((m, i) => (m.entity === entity ? [i] : []));

  const draw = () => {
    const target = current;
    if (!target) return;
    const root = ensureHost();
    const { analysis, countries, snapshot } = getState();
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') { e.stopPropagation(); close(); }
      else if (e.key === 'Tab') trapTab(e, root);
    };
    let body;
    if (target.kind === 'quote') {
      const q = analysis.quotes[target.index];
      if (!q) return;
      body = (
        <QuoteCard text={q.text} speaker={q.speaker} speakerEntity={q.speakerEntity} confidence={q.confidence} copied={copied}
          onSpeaker={() => { const first = q.speakerEntity ? mentionsOf(q.speakerEntity)[0] : undefined; if (first !== undefined) show({ kind: 'entity', entity: q.speakerEntity as string, mention: first }, { scroll: true, focus: true }); }}
          onCopy={() => void copyText(quoteWithSource(q, document.title, location.href), root).then((ok) => { copied = ok; draw(); })} />
      );
    } else {
      const m = analysis.entities[target.mention];
      if (!m) return;
      const all = mentionsOf(target.entity);
      const pos = Math.max(0, all.indexOf(target.mention));
      const step = (d: number) => show({ ...target, mention: all[(pos + d + all.length) % all.length] as number }, { scroll: true, focus: false });
      const summary = snapshot.entities.find((e) => e.entity === target.entity);
      if (earlier?.entity !== target.entity) {
        earlier = { entity: target.entity, data: { state: 'loading' } };
        void earlierPages(send, target.entity, location.href).then((data) => { if (earlier?.entity === target.entity) { earlier.data = data; draw(); } });
      }
      body = (
        <EntityCard kind={m.type === 'person' ? 'person' : 'country'} name={summary?.name ?? m.name} role={summary?.role} demonym={m.demonym}
          country={m.type === 'country' ? countryFacts(m.entity, countries) : undefined}
          mentionIndex={pos} mentionCount={all.length} onPrev={() => step(-1)} onNext={() => step(1)}
          quotes={analysis.quotes.flatMap((q, index) => (q.speakerEntity === target.entity ? [{ index, text: q.text }] : []))}
          onQuote={(index) => show({ kind: 'quote', index }, { scroll: true, focus: true })}
          earlier={earlier.data} onOpenPage={(url) => window.open(url, '_blank', 'noopener')} />
      );
    }
    render(<CardFrame onClose={close} onKeyDown={onKeyDown}>{body}</CardFrame>, root);
  };

  const onOutside = (e: Event) => {
    if (host && current && !e.composedPath().includes(host)) close();
  };
  const onEscape = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && current) close();
  };
  ctx.addEventListener(document, 'pointerdown', onOutside, { capture: true });
  ctx.addEventListener(document, 'keydown', onEscape);

  function close() {
    if (mount) render(null, mount);
    host?.remove();
    host = null;
    mount = null;
    current = null;
    copied = false;
    if (returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }
  ctx.onInvalidated(close);

  return {
    open(hit) {
      copied = false;
      if (hit.type === 'quote') show({ kind: 'quote', index: hit.item }, { scroll: false, focus: true });
      else {
        const m = getState().analysis.entities[hit.item];
        if (m) show({ kind: 'entity', entity: m.entity, mention: hit.item }, { scroll: false, focus: true });
      }
    },
    reveal(target) {
      if ('quoteIndex' in target) return show({ kind: 'quote', index: target.quoteIndex }, { scroll: true, focus: true });
      const first = mentionsOf(target.entity)[0];
      return first === undefined ? false : show({ kind: 'entity', entity: target.entity, mention: first }, { scroll: true, focus: true });
    },
    close,
  };
}

