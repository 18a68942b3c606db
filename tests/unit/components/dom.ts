/**
 * A happy-dom window installed as the globals Preact renders into. Each test file calls
 * `installDom()` once; `mount()` renders inside `act` so effects have run when it returns.
 */
import { Window } from 'happy-dom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function installDom(): Window {
  const window = new Window({ url: 'http://localhost/', width: 400, height: 800 });
  const g = globalThis as Record<string, unknown>;
  for (const name of ['window', 'document', 'navigator', 'HTMLElement', 'Element', 'Node', 'Event', 'KeyboardEvent', 'MouseEvent', 'InputEvent', 'requestAnimationFrame', 'cancelAnimationFrame', 'matchMedia']) {
    const value = (window as unknown as Record<string, unknown>)[name];
    g[name] = typeof value === 'function' && /^[a-z]/.test(name) ? (value as (...a: unknown[]) => unknown).bind(window) : value;
  }
  return window;
}

export function mount(vnode: ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.innerHTML = '';
  document.body.appendChild(host);
  act(() => render(vnode, host));
  return host;
}

export function rerender(host: HTMLElement, vnode: ComponentChild): void {
  act(() => render(vnode, host));
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('click: no element');
  act(() => (el as HTMLElement).click());
}

export function typeInto(el: Element | null | undefined, value: string): void {
  if (!el) throw new Error('typeInto: no element');
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
  });
}

export function check(el: Element | null | undefined, on: boolean): void {
  if (!el) throw new Error('check: no element');
  act(() => {
    const input = el as HTMLInputElement;
    if (input.checked !== on) input.click();
  });
}
