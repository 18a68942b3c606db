/**
 * KNOWN GAP (reported to the lead): the fallback painter (browsers without the Highlight API)
 * moves each wrapped text node into a <gloss-mark>; by the DOM's live-range rules that collapses
 * every painted item's Range to a point. The marks look right, but everything that reads the
 * ranges afterwards — flash after a panel click, focus scrolling, click-to-panel (itemAt), and the
 * keyboard step — works on empty ranges. Chromium and Firefox >= 140 use the Highlight API, which
 * never touches the DOM, so only the fallback path is affected.
 *
 * Suggested fix in core/highlight/painter.ts WrappingPainter.paint(): remember the marks made for
 * each kept item, and after wrapping reset its range around them
 * (`item.range.setStartBefore(first); item.range.setEndAfter(last)`); for items dropped as
 * overlapping, reset theirs from the kept item that covers them (or drop them from `items`).
 * These tests are `it.fails` until then: when they start passing, remove `.fails`.
 */
import { describe, expect, it } from 'vitest';
import { generatedPages } from '../../fixtures/generated-pages';
import { PageSession } from '../../../utils/content/page-session';
import { DEFAULT_SETTINGS } from '../../../utils/settings-defaults';
import { detect, loadPage, NEWS_URL } from './harness';

const plain = generatedPages().find((p) => p.path === '/world/plain')!;

async function annotated() {
  const page = loadPage(plain.html, NEWS_URL + plain.path);
  const session = new PageSession(page.doc, DEFAULT_SETTINGS, detect);
  const state = await session.run();
  expect(state.status).toBe('ok');
  expect(page.doc.querySelectorAll('gloss-mark').length).toBeGreaterThan(0);
  return { page, session, state };
}

describe('fallback painter keeps painted ranges over their words', () => {
  it('a painted person range still reads the name after wrapping', async () => {
    const { page, session, state } = await annotated();
    const person = state.annotation!.people[0]!;
    expect(session.rangeOf(`person:${person.name}`)?.toString()).toBe(person.text);
    await page.close();
  });

  it('focusing an item from the panel flashes its marks', async () => {
    const { page, session, state } = await annotated();
    const person = state.annotation!.people[0]!;
    expect(session.focus({ kind: 'person', key: `person:${person.name}` })).toBe(true);
    expect(page.doc.querySelectorAll('gloss-mark[data-gloss-flash]').length).toBeGreaterThan(0);
    await page.close();
  });
});
