/**
 * Turning what a reader types ("https://www.Example.com/news/1") into a host ("www.example.com")
 * for the site lists. Pure, shared by the options page and the panel.
 */

/**
 * ASCII labels of letters, digits and hyphens, at least one dot. Hosts in other scripts are
 * first turned into their punycode form by URL parsing, as the browser's match patterns expect.
 */
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** The host in `input`, lower-cased, or undefined when it is not a plausible host name. */
export function normaliseHost(input: string): string | undefined {
  let s = input.trim().toLowerCase();
  if (!s) return undefined;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
  s = s.replace(/^\*\./, ''); // a pasted match pattern
  s = s.split(/[/?#]/, 1)[0] ?? '';
  s = s.replace(/:\d+$/, '').replace(/\.$/, ''); // port, trailing root dot
  if (!s || /[\s@]/.test(s)) return undefined;
  try {
    s = new URL(`http://${s}/`).hostname; // IDN -> punycode
  } catch {
    return undefined;
  }
  return HOST.test(s) ? s : undefined;
}

/** The host of a page URL, for http(s) pages only (the extension cannot run elsewhere). */
export function hostOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
