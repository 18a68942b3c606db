import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findArticle, isProbablyArticle, plainTextToHtml, type ArticleBody } from '../../../core/article';
import { TextIndex } from '../../../core/text/text-index';
import {
  AR_BODY_FIRST, AR_BODY_LAST, AR_DROP, AR_KEEP, AR_PAGE, EN_BODY_FIRST, EN_BODY_LAST, EN_DROP, EN_KEEP, EN_PAGE, FRONT_PAGE, PLAIN_TEXT,
} from './fixtures';

function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function happyDoc(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

function bodyText(body: ArticleBody): string {
  return TextIndex.fromBlocks(body.blocks, { skip: body.skip }).text;
}

function extract(html: string, make = linkedomDoc): { body: ArticleBody; text: string; doc: Document } {
  const doc = make(html);
  const body = findArticle(doc);
  if (!body) throw new Error('no article found');
  return { body, text: bodyText(body), doc };
}

describe('findArticle on an English news page', () => {
  const { body, text } = extract(EN_PAGE);

  it('keeps the standfirst, paragraphs, subheading, list, quote and table', () => {
    for (const line of EN_KEEP) expect(text, line).toContain(line);
  });

  it('drops nav, header, byline, date, share bar, caption, credit, related links, ads, newsletter, tags, comments and footer', () => {
    for (const line of EN_DROP) expect(text, line).not.toContain(line);
  });

  it('starts with the standfirst and ends with the last paragraph', () => {
    expect(text.startsWith('Engineers found cracks')).toBe(true);
    expect(text.indexOf(EN_BODY_FIRST)).toBeGreaterThan(0);
    expect(text.endsWith(EN_BODY_LAST)).toBe(true);
  });

  it('reports the headline, language and direction', () => {
    expect(body.title).toBe('Council closes harbour bridge to trucks');
    expect(body.lang).toBe('en');
    expect(body.dir).toBe('ltr');
  });
});

describe('findArticle on an Arabic news page', () => {
  const { body, text } = extract(AR_PAGE);

  it('keeps the story and drops the furniture', () => {
    for (const line of AR_KEEP) expect(text, line).toContain(line);
    for (const line of AR_DROP) expect(text, line).not.toContain(line);
    expect(text.startsWith(AR_BODY_FIRST)).toBe(true);
    expect(text.endsWith(AR_BODY_LAST)).toBe(true);
  });

  it('tells language and direction from the text when markup says nothing', () => {
    expect(body.lang).toBe('ar');
    expect(body.dir).toBe('rtl');
    expect(body.title).toBe('محصول القمح يتجاوز التوقعات');
  });

  it('takes direction from a dir attribute and language from the text over a wrong lang', () => {
    const html = AR_PAGE.replace('<html>', '<html lang="en">').replace('<div class="container">', '<div class="container" dir="ltr">');
    const { body: b } = extract(html);
    expect(b.lang).toBe('ar');
    expect(b.dir).toBe('ltr');
  });
});

describe('the live document', () => {
  it('returns blocks of the live document, in order, none inside another, and changes nothing', () => {
    const doc = linkedomDoc(EN_PAGE);
    const before = doc.documentElement.outerHTML;
    const body = findArticle(doc)!;
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(body.blocks.length).toBeGreaterThan(0);
    for (const b of body.blocks) expect(doc.documentElement.contains(b)).toBe(true);
    for (let i = 0; i < body.blocks.length; i++) {
      for (let j = 0; j < body.blocks.length; j++) if (i !== j) expect(body.blocks[i]!.contains(body.blocks[j]!)).toBe(false);
      if (i > 0) expect(body.blocks[i - 1]!.compareDocumentPosition(body.blocks[i]!) & 4).toBe(4);
    }
  });

  it('finds the same text with linkedom (CLI) and happy-dom (browser-like)', () => {
    for (const page of [EN_PAGE, AR_PAGE]) {
      expect(extract(page, happyDoc).text).toBe(extract(page, linkedomDoc).text);
    }
  });

  it('takes direction from computed style when the browser gives one', () => {
    // A stylesheet-like direction with no dir attribute: only computed style can see it.
    const html = EN_PAGE.replace('<article class="story">', '<article class="story" style="direction: rtl">');
    expect(findArticle(happyDoc(html))!.dir).toBe('rtl');
    // linkedom has no computed style: markup and language decide there.
    expect(findArticle(linkedomDoc(html))!.dir).toBe('ltr');
  });
});

describe('the article gate', () => {
  it('turns down a section front of headlines at almost no cost', () => {
    const doc = linkedomDoc(FRONT_PAGE);
    expect(isProbablyArticle(doc)).toBe(false);
    expect(findArticle(doc)).toBeNull();
  });

  it('lets news pages through', () => {
    expect(isProbablyArticle(linkedomDoc(EN_PAGE))).toBe(true);
    expect(isProbablyArticle(linkedomDoc(AR_PAGE))).toBe(true);
  });
});

describe('plain text pages', () => {
  it('marks the probable headline as <h1> and <title>', () => {
    const html = plainTextToHtml(PLAIN_TEXT);
    expect(html).toContain('<h1>Council closes harbour bridge to heavy trucks after engineers find cracks</h1>');
    expect(html).toContain('<title>Council closes harbour bridge');
    expect(html).toContain('<p>Local news</p>');
  });

  it('finds the body between the boilerplate lines', () => {
    const { body, text } = extract(plainTextToHtml(PLAIN_TEXT));
    expect(body.title).toBe('Council closes harbour bridge to heavy trucks after engineers find cracks');
    expect(text.startsWith('The city council voted on Tuesday')).toBe(true);
    expect(text.endsWith('The council will review the decision in March, officials said.')).toBe(true);
    for (const line of ['Local news', 'The harbour bridge at dawn', 'Sam Lens | Example Agency', 'Ferry prices rise', 'Leave a comment', 'Your email address', 'Back to top']) {
      expect(text, line).not.toContain(line);
    }
    expect(text).toContain('Local firms said the detour');
  });

  it('escapes markup characters and keeps single line breaks', () => {
    const html = plainTextToHtml('A <b> & c\nsecond line of the same paragraph.');
    expect(html).toContain('A &lt;b&gt; &amp; c<br>second line');
  });
});

describe('odd documents', () => {
  it('returns null, without throwing, on empty and text-less pages', () => {
    expect(findArticle(linkedomDoc('<!doctype html><html><head><title>x</title></head><body></body></html>'))).toBeNull();
    expect(findArticle(linkedomDoc('<html><body><svg><text>only a drawing</text></svg><script>var a = 1;</script></body></html>'))).toBeNull();
  });

  it('reads text that broken markup leaves outside <body>', () => {
    const story = EN_PAGE.replace('</body></html>', '');
    const { text } = extract(`${story}</body></html><p>${'Trailing text outside the document element, still part of the page. '.repeat(3)}</p>`);
    expect(text).toContain(EN_BODY_FIRST);
  });
});
