// The card: <oppose-overlay> with a closed shadow root and its own styles, so neither the page's
// CSS nor its scripts reach in. Guide texts are set with textContent only, never parsed as HTML.
// Attributes on the host are the observable contract: data-step, data-source, role, aria-label.
import { element } from '../shared/dom.js';

const GAP = 12;
// Touch targets: at least this many CSS pixels each way (WCAG 2.5.8 asks for 24).
const TARGET = 24;

const STYLE = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: min(360px, calc(100vw - 24px)); padding: 14px 16px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #111827; background: #ffffff; border: 2px solid #1d4ed8; border-radius: 12px;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.25);
}
.meta { margin: 0 0 4px; font-size: 12px; color: #4b5563; }
h2 { margin: 0 0 6px; font-size: 16px; line-height: 1.3; }
p { margin: 0 0 8px; }
.notice { padding: 6px 8px; border-radius: 6px; background: #fef3c7; color: #78350f; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
button, a.link {
  font: inherit; padding: 6px 12px; border-radius: 8px; cursor: pointer; text-decoration: none;
  border: 1px solid #1d4ed8; background: #ffffff; color: #1d4ed8;
  box-sizing: border-box; min-height: ${TARGET}px; min-width: ${TARGET}px;
  display: inline-flex; align-items: center; touch-action: manipulation;
}
button.primary, a.link { background: #1d4ed8; color: #ffffff; }
button:focus-visible, a.link:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
[hidden] { display: none !important; }
@media (prefers-color-scheme: dark) {
  .card { color: #f3f4f6; background: #111827; border-color: #93c5fd; }
  .meta { color: #d1d5db; }
  .notice { background: #451a03; color: #fde68a; }
  button, a.link { background: #111827; color: #93c5fd; border-color: #93c5fd; }
  button.primary, a.link { background: #93c5fd; color: #111827; }
}
@media (prefers-reduced-motion: no-preference) { .card { transition: opacity 120ms ease-out; } }
`;

/**
 * The top of the page's own bars fixed along the bottom of the window (the mobile sites' navigation),
 * so that the card sits above them instead of covering what a person may need there.
 */
function bottomBarsTop(host) {
  let top = innerHeight;
  for (const x of [GAP, innerWidth / 2, innerWidth - GAP]) {
    for (let node = document.elementsFromPoint(x, innerHeight - 2).find((n) => n !== host); node && node !== document.body; node = node.parentElement) {
      const { position } = getComputedStyle(node);
      if (position === 'fixed' || position === 'sticky') {
        const box = node.getBoundingClientRect();
        if (box.top > innerHeight / 2) top = Math.min(top, box.top);
        break;
      }
    }
  }
  return top;
}

/**
 * One card per page. show(view) is idempotent, so it can run on every DOM change.
 * view: {stepId, title, instruction, counter, notice, link: {href, label}|null, action: {label, run}|null, anchor}
 */
export class Overlay {
  #host = null;
  #parts = null;
  #view = null;
  #strings;
  #onDismiss;

  constructor(strings, onDismiss) {
    this.#strings = strings;
    this.#onDismiss = onDismiss;
  }

  #build() {
    const host = element('oppose-overlay', { role: 'dialog', tabindex: '0' });
    // delegatesFocus: focusing the card (Tab, or a test) lands on its first control.
    const root = host.attachShadow({ mode: 'closed', delegatesFocus: true });
    root.append(element('style', {}, STYLE));
    const card = root.appendChild(element('section', { class: 'card' }));
    const meta = card.appendChild(element('p', { class: 'meta' }));
    const live = card.appendChild(element('div', { 'aria-live': 'polite' }));
    const parts = {
      meta,
      title: live.appendChild(element('h2')),
      instruction: live.appendChild(element('p')),
      notice: card.appendChild(element('p', { class: 'notice' })),
    };
    const actions = card.appendChild(element('div', { class: 'actions' }));
    parts.action = actions.appendChild(element('button', { type: 'button', class: 'primary' }));
    parts.link = actions.appendChild(element('a', { class: 'link' }));
    const close = actions.appendChild(element('button', { type: 'button' }, this.#strings.cardClose));
    close.addEventListener('click', () => this.#onDismiss());
    parts.action.addEventListener('click', () => this.#view?.action?.run());
    this.#host = host;
    this.#parts = parts;
  }

  #onKey = (event) => {
    if (event.key === 'Escape' && this.#host?.isConnected) this.#onDismiss();
  };

  show(view) {
    if (!this.#host) this.#build();
    const { title, instruction, meta, notice, action, link } = this.#parts;
    const previous = this.#view;
    this.#view = view;
    if (previous?.stepId !== view.stepId || previous?.title !== view.title) {
      this.#host.setAttribute('data-step', view.stepId);
      this.#host.setAttribute('aria-label', view.title);
      title.textContent = view.title;
      instruction.textContent = view.instruction;
      meta.textContent = `${this.#strings.cardBrand} · ${view.counter}`;
    }
    this.#host.setAttribute('data-source', view.source);
    notice.textContent = view.notice ?? '';
    notice.hidden = !view.notice;
    action.textContent = view.action?.label ?? '';
    action.hidden = !view.action;
    link.textContent = view.link?.label ?? '';
    if (view.link) link.setAttribute('href', view.link.href);
    link.hidden = !view.link;
    if (!this.#host.isConnected) {
      // Outside <body>: single-page apps re-render the body and would take the card with it.
      document.documentElement.append(this.#host);
      document.addEventListener('keydown', this.#onKey, true);
      addEventListener('scroll', this.reposition, { capture: true, passive: true });
      addEventListener('resize', this.reposition, { passive: true });
    }
    this.reposition();
  }

  /** Whether a DOM change is only the card itself moving or appearing (not worth looking again). */
  owns(record) {
    const host = this.#host;
    if (!host) return false;
    if (record.target === host) return true;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return record.type === 'childList' && nodes.length > 0 && nodes.every((node) => node === host);
  }

  /**
   * Beside the anchor (right, else left), else above it, else below: forms read downwards, so the
   * card stays off the control that comes next. In the bottom corner when there is no anchor. Never
   * over the page's own bottom bars.
   */
  reposition = () => {
    if (!this.#host?.isConnected) return;
    const style = this.#host.style;
    const set = (name, value) => style.setProperty(name, value, 'important');
    set('position', 'fixed');
    set('z-index', '2147483647');
    const floor = bottomBarsTop(this.#host);
    const anchor = this.#view?.anchor;
    if (!anchor?.isConnected) {
      set('right', `${GAP}px`);
      set('bottom', `${innerHeight - floor + GAP}px`);
      set('left', 'auto');
      set('top', 'auto');
      return;
    }
    const box = anchor.getBoundingClientRect();
    const { width, height } = this.#host.getBoundingClientRect();
    const clamp = (value, size, room) => Math.min(Math.max(GAP, value), Math.max(GAP, room - size - GAP));
    const places = [
      [box.right + GAP + width <= innerWidth - GAP, box.right + GAP, clamp(box.top, height, floor)],
      [box.left - GAP - width >= GAP, box.left - GAP - width, clamp(box.top, height, floor)],
      [box.top - GAP - height >= GAP, clamp(box.left, width, innerWidth), box.top - GAP - height],
      [true, clamp(box.left, width, innerWidth), clamp(box.bottom + GAP, height, floor)],
    ];
    const [, left, top] = places.find(([fits]) => fits);
    set('top', `${top}px`);
    set('left', `${left}px`);
    set('right', 'auto');
    set('bottom', 'auto');
  };

  hide() {
    if (!this.#host?.isConnected) return;
    this.#host.remove();
    this.#view = null;
    document.removeEventListener('keydown', this.#onKey, true);
    removeEventListener('scroll', this.reposition, { capture: true });
    removeEventListener('resize', this.reposition);
  }
}
