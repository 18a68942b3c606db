/**
 * Regression tests: the fallback painter (browsers without the Highlight API) moves each wrapped
 * text node into a <gloss-mark>, and by the DOM's live-range rules that collapsed every painted
 * item's Range to a point, so flash, focus scrolling, click-to-panel and the keyboard step all
 * worked on empty ranges. Found by the fuzz; fixed in the painter by re-spanning each item's range
 * over its marks after wrapping. These keep it fixed.
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
