/**
 * Small news pages written for these tests: each boilerplate kind the finder must drop sits next
 * to the story parts it must keep. Text is invented.
 */

export const EN_BODY_FIRST = 'The city council voted on Tuesday to close the old harbour bridge to heavy trucks';
export const EN_BODY_LAST = 'The council will review the decision in March, officials said.';

export const EN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Council closes harbour bridge to trucks | The Daily Example</title>
<meta property="og:title" content="Council closes harbour bridge to trucks">
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing you accept our use of cookies.</p><button>Accept</button></div>
<header class="site-header"><a href="/">The Daily Example</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
<article class="story">
  <div class="section-label"><a href="/news/local">Local news</a></div>
  <h1>Council closes harbour bridge to trucks</h1>
  <p class="standfirst">Engineers found cracks in two supports, and the repairs could take a year, according to a report.</p>
  <div class="byline">By Jane Example</div>
  <time class="published">12 March 2025, 09:14</time>
  <div class="share-bar"><a href="https://facebook.com/share">Facebook</a> <a href="https://x.com/share">X</a> <a href="mailto:?">Email</a></div>
  <figure><img src="bridge.jpg" alt=""><figcaption>The harbour bridge at dawn, seen from the north quay, last week. <span class="credit">Photo: Sam Lens</span></figcaption></figure>
  <div class="article-body">
    <p>${EN_BODY_FIRST}, after engineers warned that two of its supports were cracked and could fail under heavy loads.</p>
    <p>Trucks heavier than 7.5 tonnes will have to use the ring road from next Monday, adding about 12 minutes to the trip, the transport office said.</p>
    <p><a href="/news/ferry-prices">Ferry prices rise for the third time this year</a></p>
    <p>Local firms said the detour would raise their costs. "We move forty loads a day over that bridge, and every extra mile costs us," said one haulier.</p>
    <div class="ad-slot"><p>Advertisement</p></div>
    <h2>What the engineers found</h2>
    <p>The report lists three problems, which the council published in full on its website, with photographs of each support:</p>
    <ul><li>cracks in the two southern supports;</li><li>rust on the deck bolts;</li><li>worn expansion joints at both ends.</li></ul>
    <blockquote><p>The bridge is safe for cars and buses, but not for the heaviest vehicles, until the supports are rebuilt.</p></blockquote>
    <table><tr><th>Vehicle</th><th>Allowed</th></tr><tr><td>Cars and buses</td><td>Yes</td></tr><tr><td>Trucks over 7.5 t</td><td>No</td></tr></table>
    <p>Read more: <a href="/news/bridges-report">Why the region's bridges are ageing fast</a></p>
    <p>${EN_BODY_LAST}</p>
  </div>
  <div class="newsletter-box"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and get the day's top stories in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>
  <ul class="tags"><li><a href="/tag/bridges">Bridges</a></li><li><a href="/tag/transport">Transport</a></li></ul>
  <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">New bus lanes open on the ring road next month, city says</a></li><li><a href="/b">Port traffic reaches a record high in the first quarter of the year</a></li></ul></aside>
  <section class="comments"><h3>Leave a comment</h3><form><p>Your email address will not be published. Required fields are marked *</p><textarea></textarea><button>Post comment</button></form></section>
</article>
</main>
<footer><p>© 2025 The Daily Example. All rights reserved. Contact us at the newsroom for corrections and complaints.</p><a href="#top">Back to top</a></footer>
</body></html>`;

/** Lines of EN_PAGE that must be in the body text. */
export const EN_KEEP = [
  'Engineers found cracks in two supports, and the repairs could take a year',
  EN_BODY_FIRST,
  'Trucks heavier than 7.5 tonnes',
  'We move forty loads a day',
  'What the engineers found',
  'rust on the deck bolts;',
  'The bridge is safe for cars and buses',
  'Trucks over 7.5 t',
  EN_BODY_LAST,
];

/** Lines of EN_PAGE that must not be. */
export const EN_DROP = [
  'We use cookies', 'The Daily Example', 'Sport', 'Local news', 'Council closes harbour bridge to trucks',
  'By Jane Example', '12 March 2025', 'Facebook', 'The harbour bridge at dawn', 'Photo: Sam Lens',
  'Ferry prices rise', 'Advertisement', 'Why the region', 'Read more', 'morning briefing', 'Sign up for our newsletter',
  'Bridges', 'New bus lanes', 'Related stories', 'Leave a comment', 'Your email address', '© 2025', 'Back to top',
];

export const AR_BODY_FIRST = 'أعلنت وزارة الزراعة، اليوم الأحد، أن محصول القمح هذا العام تجاوز التوقعات';
export const AR_BODY_LAST = 'وتتوقع الوزارة أن تنخفض أسعار الخبز في الأسواق خلال الأشهر المقبلة.';

export const AR_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>محصول القمح يتجاوز التوقعات - جريدة المثال</title></head>
<body>
<nav class="menu"><a href="/">الرئيسية</a> <a href="/eco">اقتصاد</a> <a href="/sport">رياضة</a></nav>
<div class="container">
  <span class="category">اقتصاد</span>
  <h1>محصول القمح يتجاوز التوقعات</h1>
  <div class="meta">بقلم: سارة المثال</div>
  <div class="post-date">نشر في 3 مايو 2025</div>
  <figure><img src="wheat.jpg" alt=""><figcaption>مزارعون يحصدون القمح في حقل قرب المدينة، الأسبوع الماضي.</figcaption></figure>
  <div class="entry-content">
    <p>${AR_BODY_FIRST}، بفضل الأمطار الغزيرة التي هطلت في فصل الشتاء.</p>
    <p>وقال المتحدث باسم الوزارة إن الإنتاج بلغ نحو 4 ملايين طن، مقارنة بنحو 3 ملايين طن في العام الماضي، وفقاً للأرقام الأولية.</p>
    <p><a href="/eco/rice">أسعار الأرز ترتفع للمرة الثانية هذا العام</a></p>
    <p>وأضاف أن الحكومة ستشتري الفائض من المزارعين بأسعار ثابتة، لتخزينه في الصوامع الجديدة التي افتتحت هذا الربيع.</p>
    <h2>مخاوف المزارعين</h2>
    <p>لكن اتحاد المزارعين حذر من ارتفاع تكاليف الوقود والأسمدة، وطالب بدعم إضافي قبل الموسم المقبل.</p>
    <p>اقرأ أيضاً: <a href="/eco/fuel">الحكومة تدرس خفض أسعار الوقود</a></p>
    <p>${AR_BODY_LAST}</p>
  </div>
  <div class="share"><a href="https://facebook.com">فيسبوك</a> <a href="https://x.com">إكس</a></div>
  <div class="tags"><a href="/t/1">محاصيل</a> <a href="/t/2">أمن غذائي</a></div>
  <div id="respond"><h3>اترك تعليقاً</h3><p>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p></div>
  <a href="#" class="back-to-top">زر الذهاب إلى الأعلى</a>
</div>
<footer>جميع الحقوق محفوظة لجريدة المثال ٢٠٢٥</footer>
</body></html>`;

export const AR_KEEP = [AR_BODY_FIRST, 'بلغ نحو 4 ملايين طن', 'مخاوف المزارعين', 'ارتفاع تكاليف الوقود', AR_BODY_LAST];
export const AR_DROP = [
  'الرئيسية', 'بقلم', 'نشر في', 'مزارعون يحصدون', 'أسعار الأرز', 'اقرأ أيضاً', 'فيسبوك', 'محاصيل', 'أمن غذائي', 'اترك تعليقاً',
  'لن يتم نشر', 'زر الذهاب', 'جميع الحقوق', 'محصول القمح يتجاوز التوقعات',
];

/** A page that is no article: a section front of headlines and short teasers. */
export const FRONT_PAGE = `<!doctype html><html><head><title>News - The Daily Example</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/s/${i}">Headline number ${i} about the city</a><p>Short teaser ${i}.</p></li>`).join('')}</ul>
<footer>© The Daily Example</footer></body></html>`;

/** Plain text laid out like a saved news page (invented). */
export const PLAIN_TEXT = `Local news

Council closes harbour bridge to heavy trucks after engineers find cracks

The harbour bridge at dawn, seen from the north quay, last week.

Sam Lens | Example Agency

The city council voted on Tuesday to close the old harbour bridge to heavy trucks, after engineers warned that two supports were cracked.

Trucks heavier than 7.5 tonnes will have to use the ring road from next Monday, adding about 12 minutes to the trip, the transport office said.

Ferry prices rise for the third time this year as fuel costs climb

Local firms said the detour would raise their costs, and asked the council for help with fuel bills.

The council will review the decision in March, officials said.

Leave a comment

Your email address will not be published. Required fields are marked *

Back to top`;
