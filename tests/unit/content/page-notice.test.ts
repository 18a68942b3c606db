/** The notice a page announces after each run: the badge's count, and nothing of the article. */
import { describe, expect, it } from 'vitest';
import type { PageState } from '../../../utils/messaging';
import { noticeOf } from '../../../utils/page-notice';
import { isPageNotice } from '../../../utils/validate-messages';

const TEXT = 'Dmitry Peskov met NATO. Peskov said NATO has 700 missiles and 5,580 warheads.';
const STATE: PageState = {
  status: 'ok',
  url: 'https://www.reuters.com/world/story',
  annotation: {
    article: { title: 'Story', text: TEXT, lang: 'en', dir: 'ltr' },
    people: [
      { start: 0, end: 13, text: 'Dmitry Peskov', name: 'Dmitry Peskov' },
      { start: 24, end: 30, text: 'Peskov', name: 'Dmitry Peskov' },
    ],
    claims: [
      { start: 45, end: 48, text: '700', value: 700, kind: 'count' },
      { start: 61, end: 66, text: '5,580', value: 5580, kind: 'count' },
    ],
    terms: [
      { start: 18, end: 22, text: 'NATO', id: 'nato', title: 'NATO', note: 'An alliance.' },
      { start: 36, end: 40, text: 'NATO', id: 'nato', title: 'NATO', note: 'An alliance.' },
    ],
  },
} as PageState;

describe('noticeOf', () => {
  it('counts people and terms once each and every claim, and carries no text', () => {
    const notice = noticeOf(STATE);
    expect(notice).toEqual({ status: 'ok', url: STATE.url, count: 1 + 2 + 1 });
    expect(JSON.stringify(notice)).not.toContain('Peskov');
    expect(isPageNotice(notice)).toBe(true);
  });

  it('counts nothing for a page without an annotation', () => {
    expect(noticeOf({ status: 'not-article', url: 'https://x.example/' })).toEqual({ status: 'not-article', url: 'https://x.example/', count: 0 });
  });
});
