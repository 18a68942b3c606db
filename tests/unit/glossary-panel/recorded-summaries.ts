/**
 * Wikipedia REST summary responses, written for these tests in the shape the endpoint returns
 * (only the fields Gloss reads, plus a few it must ignore). The hostile ones carry HTML a
 * compromised or spoofed answer could hold; all of it must come out inert.
 */
export const NEW_START_EN = {
  type: 'standard',
  title: 'New START',
  displaytitle: '<span class="mw-page-title-main">New START</span>',
  lang: 'en',
  dir: 'ltr',
  extract: 'New START is a nuclear arms reduction treaty between the United States and Russia, signed in 2010.',
  extract_html: '<p><b>New START</b> is a nuclear arms reduction treaty between the United States and Russia, signed in 2010.</p>',
  content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/New_START' } },
};

export const PERSON_AR = {
  type: 'standard',
  title: 'ديمتري بيسكوف',
  lang: 'ar',
  dir: 'rtl',
  extract: 'ديمتري بيسكوف دبلوماسي روسي يشغل منصب المتحدث الصحفي باسم الرئاسة الروسية.',
  extract_html: '<p><b>ديمتري بيسكوف</b> دبلوماسي روسي يشغل منصب المتحدث الصحفي باسم الرئاسة الروسية.</p>',
};

export const HOSTILE = {
  type: 'standard',
  title: 'Evil',
  lang: 'en',
  dir: 'ltr',
  extract: 'Plain words only.',
  extract_html: [
    '<p><b>Bold</b> text<script>window.__pwned = 1</script>',
    '<img src="x" onerror="window.__pwned = 2">',
    '<a href="javascript:window.__pwned=3">click</a>',
    '<iframe src="https://evil.example/"></iframe>',
    '<svg onload="window.__pwned=4"><circle r="1"/></svg>',
    '<span style="position:fixed;inset:0" onclick="window.__pwned=5" lang="en" dir="ltr">styled</span>',
    '<form action="https://evil.example/"><input name="q"></form>',
    '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=6></style></mglyph></table></mtext></math>',
    '<object data="x.swf"></object><embed src="x.swf"><link rel="stylesheet" href="https://evil.example/x.css">',
    '<i data-x="1" aria-label="y" class="z">end</i></p>',
  ].join(''),
  content_urls: { desktop: { page: 'javascript:alert(1)' } },
};

export const DISAMBIGUATION = {
  type: 'disambiguation',
  title: 'START',
  extract: 'START may refer to:',
  extract_html: '<p><b>START</b> may refer to:</p>',
};

export const NOT_FOUND_BODY = {
  type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
  title: 'Not found.',
  method: 'get',
  detail: 'Page or revision not found.',
};
