/**
 * The headline: the <h1> that agrees with the page's declared title (og:title, <title>), else the
 * first substantial <h1>, else the declared title without its " | Site name" tail.
 */
import { hintOf, type Info, type PageModel } from './page-model';

/** Share of the declared title's words an <h1> must hold to be taken as the headline. */
const MIN_AGREEMENT = 0.5;
const WORD = /[\p{L}\p{N}]+/gu;
/** " | Site", " - Site", " — Site", " :: Site" at the end of a <title>. */
const SITE_SUFFIX = /\s+[|\-–—:·•»]{1,2}\s+[^|\-–—:·•»]{1,40}$/;

export interface Headline {
  title: string;
  info: Info | null;
}

function words(s: string): string[] {
  return s.toLowerCase().match(WORD) ?? [];
}

function agreement(candidate: string, declared: string[]): number {
  if (!declared.length) return 0;
  const have = new Set(words(candidate));
  let n = 0;
  for (const w of declared) if (have.has(w)) n++;
  return n / declared.length;
}

function declaredTitle(doc: Document): string {
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() ?? '';
  return meta('meta[property="og:title"]') || meta('meta[name="twitter:title"]') || (doc.title ?? '').trim();
}

function textOf(info: Info): string {
  return (info.el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function findHeadline(doc: Document, model: PageModel): Headline {
  const declared = declaredTitle(doc);
  const declaredWords = words(declared);
  const h1s: Info[] = [];
  const list = model.list;
  for (let k = 0; k < list.length; k++) if (list[k]!.tag === 'H1' && list[k]!.len > 0) h1s.push(list[k]!);
  let best: Info | null = null;
  let bestScore = 0;
  for (const h of h1s) {
    const s = agreement(textOf(h), declaredWords);
    if (s > bestScore) {
      best = h;
      bestScore = s;
    }
  }
  if (best && bestScore >= MIN_AGREEMENT) return { title: textOf(best), info: best };
  const firstReal = h1s.find((h) => h.len >= 10 && !/logo|brand|site-?title|masthead/i.test(hintOf(h)));
  if (firstReal) return { title: textOf(firstReal), info: firstReal };
  const stripped = declared.replace(SITE_SUFFIX, '');
  const title = words(stripped).length >= 3 ? stripped : declared;
  // A headline set in another tag: the first H2/H3 or paragraph that says the same.
  const want = words(title).join(' ');
  if (want) {
    for (let k = 0; k < list.length; k++) {
      const info = list[k]!;
      if ((info.tag === 'H2' || info.tag === 'H3' || info.tag === 'P' || info.tag === 'DIV') && info.len <= title.length + 20 && info.len >= 10) {
        if (words(textOf(info)).join(' ') === want) return { title, info };
      }
    }
  }
  return { title, info: null };
}
