/** The light announcement of a page's state (see PageNotice): status, address and one count. */
import type { PageNotice, PageState } from './messaging';

/** People and terms count once however often they are mentioned; every claim counts. */
export function noticeOf(state: PageState): PageNotice {
  const a = state.annotation;
  const count = a ? new Set(a.people.map((p) => p.name)).size + a.claims.length + new Set(a.terms.map((t) => t.id)).size : 0;
  return { status: state.status, url: state.url, count };
}
