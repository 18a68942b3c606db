/**
 * The in-page card over a highlight. Its host element is added to <html> (outside <body>, away
 * from framework roots) only the first time a card shows, and holds a shadow root (open: it shows nothing the page does not already have).
 */
import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import { HoverCard, type CardItem } from '../../components/HoverCard';
import { UiContext, uiFor } from '../../components/ui-context';
import { buildPanelModel, type ItemKind, type PanelModel } from '../../core/panel-model';
import type { PaintedItem } from '../../core/highlight/painter';
import type { Annotation } from '../../core/types';
import type { UiLang } from '../../utils/i18n';
import { CARD_CSS } from './card-style';

/** Hide a card this long after the pointer leaves both the highlight and the card. */
const HIDE_DELAY_MS = 350;
/** Gap between the highlighted text and the card. */
const GAP_PX = 6;

export interface CardSource {
  hitAt(x: number, y: number): PaintedItem | undefined;
  annotation(): Annotation | undefined;
  uiLang(): UiLang;
  openInPanel(ref: { kind: ItemKind; key: string }): void;
}

function cardFor(model: PanelModel, item: PaintedItem): CardItem | undefined {
  if (item.kind === 'person') {
    const found = model.people.find((p) => p.key === item.key);
    return found && { kind: 'person', item: found };
  }
  if (item.kind === 'claim') {
    const found = model.claims.find((c) => c.key === item.key);
    return found && { kind: 'claim', item: found };
  }
  const found = model.terms.find((t) => t.key === item.key);
  return found && { kind: 'term', item: found };
}

export class HoverCards {
  private host: HTMLElement | undefined;
  private wrap: HTMLElement | undefined;
  private shownKey: string | undefined;
  private hideTimer: number | undefined;
  private model: { for: Annotation; model: PanelModel } | undefined;
  private pending = false;

  constructor(private readonly ctx: ContentScriptContext, private readonly source: CardSource) {
    ctx.addEventListener(document, 'pointermove', (e) => this.onPointer(e as PointerEvent), { passive: true });
    ctx.addEventListener(document, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.hide();
    });
    ctx.addEventListener(window, 'scroll', () => this.hide(), { passive: true });
    ctx.onInvalidated(() => this.destroy());
  }

  /** Show the card for `item` next to its text (after a keyboard step, or a hover). */
  show(item: PaintedItem): void {
    const annotation = this.source.annotation();
    if (!annotation) return;
    if (this.model?.for !== annotation) this.model = { for: annotation, model: buildPanelModel(annotation) };
    const card = cardFor(this.model.model, item);
    if (!card) return;
    clearTimeout(this.hideTimer);
    const wrap = this.ensureHost();
    const lang = this.source.uiLang();
    wrap.setAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    wrap.setAttribute('lang', lang);
    render(
      <UiContext.Provider value={uiFor(lang)}>
        <HoverCard card={card} articleLang={annotation.article.lang} onOpenInPanel={() => this.source.openInPanel({ kind: item.kind, key: item.key })} />
      </UiContext.Provider>,
      wrap,
    );
    this.shownKey = item.key;
    this.place(wrap, item.range);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    if (!this.wrap || this.shownKey === undefined) return;
    render(null, this.wrap);
    this.shownKey = undefined;
  }

  private onPointer(e: PointerEvent): void {
    if (this.pending) return;
    this.pending = true;
    // At most one hit test per frame, however fast the pointer moves.
    requestAnimationFrame(() => {
      this.pending = false;
      if (this.ctx.isInvalid) return;
      if (this.host && e.composedPath().includes(this.host)) {
        clearTimeout(this.hideTimer); // the reader moved onto the card
        return;
      }
      const hit = this.source.hitAt(e.clientX, e.clientY);
      if (hit && hit.key === this.shownKey) {
        clearTimeout(this.hideTimer);
        return;
      }
      if (hit) this.show(hit);
      else if (this.shownKey !== undefined) {
        clearTimeout(this.hideTimer);
        this.hideTimer = this.ctx.setTimeout(() => this.hide(), HIDE_DELAY_MS);
      }
    });
  }

  private ensureHost(): HTMLElement {
    if (this.wrap) return this.wrap;
    this.host = document.createElement('gloss-card');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.wrap = document.createElement('div');
    this.wrap.className = 'wrap';
    shadow.append(style, this.wrap);
    document.documentElement.appendChild(this.host);
    return this.wrap;
  }

  private place(wrap: HTMLElement, range: Range): void {
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const card = wrap.getBoundingClientRect();
    const below = rect.bottom + GAP_PX;
    const top = below + card.height > innerHeight && rect.top - GAP_PX - card.height > 0 ? rect.top - GAP_PX - card.height : below;
    const left = Math.max(8, Math.min(rect.left, innerWidth - card.width - 8));
    wrap.style.top = `${Math.round(top)}px`;
    wrap.style.left = `${Math.round(left)}px`;
  }

  private destroy(): void {
    clearTimeout(this.hideTimer);
    if (this.wrap) render(null, this.wrap);
    this.host?.remove();
    this.host = undefined;
    this.wrap = undefined;
  }
}
