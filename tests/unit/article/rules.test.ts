/** One keep/drop rule per test, each on a small page written for it. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../core/article';
import { TextIndex } from '../../../core/text/text-index';

const P1 = 'The regional water board approved a plan on Monday to build two new reservoirs north of the city, at a cost of about 300 million.';
const P2 = 'Board members said the reservoirs would hold enough water for three dry summers, and construction could begin next spring if funds arrive.';
const P3 = 'Farmers in the valley welcomed the decision, but environmental groups warned that the project would flood a protected wetland.';
const P4 = 'The board will publish the full environmental study next month, and residents can comment on it until the end of the year.';

function textOf(bodyHtml: string, head = '<title>Board approves reservoirs</title>'): string {
  const doc = parseHTML(`<!doctype html><html><head>${head}</head><body>${bodyHtml}</body></html>`).document as unknown as Document;
  const body = findArticle(doc);
  if (!body) throw new Error('no article');
  return TextIndex.fromBlocks(body.blocks, { skip: body.skip }).text;
}

const story = (middle: string, after = '') => `<h1>Board approves reservoirs</h1><div class="content"><p>${P1}</p><p>${P2}</p>${middle}<p>${P3}</p><p>${P4}</p>${after}</div>`;

describe('keep/drop rules', () => {
  it('drops a caption paragraph followed by a "Name | Agency" credit line', () => {
    const text = textOf(`<h1>Board approves reservoirs</h1><div><p>Workers survey the valley where the reservoirs will be built, on Monday.</p><p>Jane Doe | Example Press</p><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></div>`);
    expect(text.startsWith(P1)).toBe(true);
    expect(text).not.toContain('Workers survey');
    expect(text).not.toContain('Example Press');
  });

  it('drops a paragraph that is only a link, between two body paragraphs', () => {
    const text = textOf(story('<p><a href="/other">Drought hits southern farms for a second year</a></p>'));
    expect(text).not.toContain('Drought hits');
    expect(text).toContain(P3);
  });

  it('drops an unlinked "read also" line and a bare headline line inside the body', () => {
    const text = textOf(story('<p>Read also: Drought hits southern farms</p><p>Drought hits southern farms for a second year</p>'));
    expect(text).not.toContain('Drought hits');
    expect(text).toContain(P2);
    expect(text).toContain(P3);
  });

  it('keeps subheadings, lists, quotes and tables inside the story', () => {
    const text = textOf(story('<h2>What the plan costs</h2><ul><li>land</li><li>dams</li><li>pipes</li></ul><blockquote><p>We have waited ten years for this.</p></blockquote><table><tr><td>Dams</td><td>200 million</td></tr></table>'));
    for (const s of ['What the plan costs', 'land', 'pipes', 'We have waited ten years', 'Dams', '200 million']) expect(text).toContain(s);
  });

  it('keeps a list of links the story announces with a colon', () => {
    const text = textOf(story('<p>The board compared three sites:</p><ul><li><a href="/a">North Ridge</a></li><li><a href="/b">Cedar Flats</a></li><li><a href="/c">Old Mill</a></li></ul>'));
    expect(text).toContain('Cedar Flats');
  });

  it('ends the story at a "Related articles" label and drops what follows', () => {
    const related = '<h3>Related articles</h3><p>City council debates a new tax on bottled water, with a vote expected before the summer break.</p>';
    const text = textOf(story('', related));
    expect(text.endsWith(P4)).toBe(true);
    expect(text).not.toContain('bottled water');
  });

  it('drops bylines, date lines, reading time and comment-form text', () => {
    const text = textOf(`<h1>Board approves reservoirs</h1><div><div>By Sam Writer</div><div>Published 3 March 2025</div><div>4 min read</div><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><h3>Leave a comment</h3><p>Your email address will not be published. Required fields are marked *</p></div>`);
    expect(text.startsWith(P1)).toBe(true);
    expect(text.endsWith(P4)).toBe(true);
  });

  it('drops hinted boxes inside the body: share bar, newsletter, ad, tags', () => {
    const text = textOf(story('<div class="share-buttons"><a href="#">Share on Facebook</a></div><div class="newsletter"><p>Sign up to get the best of our reporting, delivered to your inbox each weekday morning.</p></div><div class="advertisement">Advertisement</div>', '<div class="tags"><a href="/t">Water</a></div>'));
    for (const s of ['Share on Facebook', 'Sign up', 'Advertisement', 'Water\n']) expect(text).not.toContain(s);
    expect(text).toContain(P3);
  });

  it('leaves out hidden text and keeps a run of short lines set in divs (a price list)', () => {
    const prices = '<div>Small room</div><div>$80</div><div>Large room</div><div>$120</div><div>Whole house</div><div>$400</div>';
    const text = textOf(story(`<p hidden>Hidden promotional text that nobody can see on the page at all.</p>${prices}`));
    expect(text).not.toContain('Hidden promotional');
    expect(text).toContain('Whole house');
  });

  it('keeps the first copy of a story the page renders twice', () => {
    const copy = `<div><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p></div>`;
    const filler = Array.from({ length: 6 }, (_, i) => `<p>Section ${i} of the board report describes the local geology in some detail.</p>`).join('');
    const text = textOf(`<h1>Board approves reservoirs</h1><div class="content">${copy}${filler}${copy}</div>`);
    expect(text.split(P1).length - 1).toBe(1);
  });

  it('works on a seed-like Arabic page with caption, credit, related link and comment form', () => {
    const ar1 = 'أعلن المتحدث باسم الحكومة، اليوم الجمعة، أن المحادثات مع الجيران ستستأنف الأسبوع المقبل في العاصمة.';
    const ar2 = 'وقال المتحدث إن الوفدين سيناقشان تقاسم المياه والحدود، بحسب ما نقلت وكالة الأنباء الرسمية.';
    const ar3 = 'وكانت المحادثات قد توقفت في الربيع الماضي بعد خلاف على مسار خط الأنابيب الجديد بين البلدين.';
    const ar4 = 'ويبلغ طول الخط المقترح نحو 400 كيلومتر، وتقدر كلفته بنحو ملياري دولار.';
    const html = `<nav><a href="/">الرئيسية</a></nav><p class="section">مقالات سياسة</p><h1>استئناف المحادثات مع الجيران الأسبوع المقبل</h1>
      <p>المتحدث باسم الحكومة يتحدث إلى الصحفيين في العاصمة، 12 أكتوبر 2024.</p><p>سامي المصور | وكالة المثال</p>
      <p>${ar1}</p><p>${ar2}</p><p><a href="/x">خبير يقول إن الاتفاق قد يغير خريطة المنطقة</a></p><p>${ar3}</p><p>${ar4}</p>
      <h3>اترك تعليقاً</h3><p>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p><a href="#top">زر الذهاب إلى الأعلى</a><footer>جميع الحقوق محفوظة</footer>`;
    const text = textOf(html, '<title>استئناف المحادثات مع الجيران الأسبوع المقبل</title>');
    expect(text.startsWith(ar1)).toBe(true);
    expect(text.endsWith(ar4)).toBe(true);
    for (const s of ['مقالات سياسة', 'يتحدث إلى الصحفيين', 'وكالة المثال', 'خبير يقول', 'اترك', 'لن يتم نشر', 'زر الذهاب']) expect(text).not.toContain(s);
  });
});
