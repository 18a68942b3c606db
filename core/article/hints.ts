/**
 * The general signals the article finder reads: tag groups, class/id hint patterns and text
 * patterns. Each pattern is named here, with the reason it exists, so tuning happens in one place.
 */

/** Distinct strings a remembered() function holds before it starts over (bounds its memory). */
const REMEMBER_MAX = 4096;

/**
 * `verdict` remembered per string. Class names repeat across a page (every menu item has the same
 * ones) and the hint patterns below are long alternations tried at every position: a map lookup
 * is much cheaper than running them again.
 */
export function remembered<T>(verdict: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    if (seen.has(s)) return seen.get(s)!;
    if (seen.size >= REMEMBER_MAX) seen.clear();
    const v = verdict(s);
    seen.set(s, v);
    return v;
  };
}

/** Never text of any kind (the text index skips the same tags). */
export const IGNORED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'OPTION',
  'TEXTAREA', 'INPUT', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'LINK', 'META',
]);

/** Page furniture by its own semantics: whatever is inside is not the story. */
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'FIGCAPTION', 'MENU']);

/** ARIA roles with the same meaning as FURNITURE_TAGS. */
export const FURNITURE_ROLES = /^(?:navigation|menu|menubar|complementary|contentinfo|banner|search|dialog|alertdialog|alert|toolbar|form|tablist)$/i;

/** Headings; H1 is the headline, the rest are subheadings when they sit inside the story. */
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Blocks that carry the story's own structure (kept whole when inside the body span). */
export const STRUCTURE_TAGS = new Set(['LI', 'DT', 'DD', 'TD', 'TH', 'PRE', 'BLOCKQUOTE', 'TR', 'CAPTION']);

/** Class/id tokens of a region that is almost never article text, wherever it sits. */
export const UNLIKELY_HINT =
  /(?:^|[\s_-])(?:comments?|commentlist|disqus|respond|replies|sidebar|side-?bar|footer|masthead|header|menu|navbar|nav|breadcrumbs?|social|share|sharing|sharebar|related|recommend(?:ed|ations)?|more-?stories|newsletter|subscribe|subscription|signup|sign-?up|promo|sponsor(?:ed)?|advert(?:isement)?s?|ads?|adslot|ad-?container|banner|popup|modal|cookies?|consent|gdpr|paywall|outbrain|taboola|skyscraper|rss|pagination|pager|tags?|tag-?list|topics|keywords|author-?bio|bio|byline|toolbar|print|utility|trending|most-?(?:read|popular|viewed)|read-?(?:more|also|next)|also-?read|see-?also)(?=$|[\s_-])/i;

/** Class/id tokens that may co-occur with UNLIKELY_HINT on the real story wrapper. */
export const MAYBE_HINT = /(?:^|[\s_-])(?:article|body|content|main|story|entry|post|text|column)(?=$|[\s_-])/i;

/** Positive and negative class/id weights for the container score (after Readability's idea). */
export const POSITIVE_HINT = /article|body|content|entry|h-?entry|main|page|post|text|blog|story|prose|rich-?text/i;
export const NEGATIVE_HINT =
  /-ad-|hidden|banner|combx|comment|contact|footer|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|byline|author|caption|credit|newsletter|subscribe|social|nav|menu|breadcrumb/i;

/** Inside the chosen body: metadata, captions and boxes to leave out. */
export const DROP_HINT =
  /(?:^|[\s_-])(?:caption|credits?|photo-?credit|image-?credit|byline|bylines|dateline|timestamp|date|time|published|updated|author|authors|author-?(?:info|name|bio|box)|meta|article-?meta|post-?meta|entry-?meta|share|sharing|social|related|recommend(?:ed)?|newsletter|subscribe|promo|advert(?:isement)?|ads?|ad-?slot|sponsor(?:ed)?|tags?|tag-?list|topics|breadcrumbs?|comments?|toolbar|sr-only|visually-?hidden|screen-?reader(?:-text)?|read-?(?:more|also|next)|also-?read|see-?also|more-?on|inline-?(?:related|promo)|disclaimer|copyright|nocontent|noprint|hidden)(?=$|[\s_-])/i;

/** Sentence punctuation in any of the scripts we meet (Latin, Arabic, CJK). */
export const SENTENCE_END = /[.!?؟。！？…:;؛]["'”’»)\]]*\s*$/;
export const HAS_PUNCTUATION = /[.!?؟。！？,،;؛:，、]/;
export const COMMAS = /[,،，、]/g;

/** A "read also" line: a lead-in word then a headline. Lexicon, not per-site. */
export const READ_ALSO =
  /^\s*(?:read (?:more|also|next)|also read|see also|related(?: article| story| stories| content| reading)?|more on this|recommended|watch|listen|اقرأ(?:\s+(?:أيضا|أيضاً|أيضًا|المزيد))?|إقرأ(?:\s+(?:أيضا|أيضاً|أيضًا))?|شاهد(?:\s+(?:أيضا|أيضاً|أيضًا))?|للمزيد|مواضيع ذات صلة|ذات صلة|طالع أيضا)\s*[:：\-–—|»>]/i;

/** A photo credit: "Name | Agency", "Photo: …", "(Reuters)", "Getty Images", "© …". */
export const CREDIT_LINE =
  /^(?:[^.!?؟]{2,60}\s[|｜]\s[^.!?؟]{2,40}|(?:photo|image|picture|credit|source|photograph|illustration|صورة|الصورة|تصوير|المصدر|مصدر الصورة)s?\s*(?:by\s*)?[:：][^.!?؟]{0,80}|\(?(?:getty images|reuters|afp|ap photo|associated press|epa|shutterstock|istock)[^.!?؟]{0,60}\)?|©[^.!?؟]{0,80})\.?$/i;

/** A byline or date line: "By Jane Doe", "بقلم …", "Published 3 March 2025", "Updated: …". */
export const BYLINE =
  /^\s*(?:by|written by|words by|reporting by|posted by|published|updated|last updated|posted|بقلم|كتب|كتبت|نشر|نُشر|آخر تحديث|تاريخ النشر)(?=[\s:：]|$)/i;

/**
 * A short label that opens what follows the story: comments, related links, share and tag rows.
 * Matched on the whole line (a heading or a bare label), in English and Arabic.
 */
export const END_MARKER =
  /^\s*(?:leave a (?:comment|reply)|post a comment|add a comment|\d*\s*comments?|join the (?:conversation|discussion)|related (?:articles?|stories|posts|content|reading|coverage)|more (?:from|on) .{0,40}|more (?:stories|articles|news)|you (?:may|might) also (?:like|enjoy)|you (?:may|might) (?:also )?be interested in.{0,40}|recommended(?: for you| reading)?|read next|what to read next|most (?:read|popular|viewed)|share (?:this|the) (?:article|story|post)|tags|topics|اترك تعليق(?:اً|ا|ًا)?|أضف تعليق(?:اً|ا|ًا)?|التعليقات|تعليقات|مقالات ذات صلة|أخبار ذات صلة|مواضيع ذات صلة|الأكثر (?:قراءة|مشاهدة|تداولا)|شارك (?:المقال|الخبر)|الوسوم)\s*[:：]?\s*$/i;

/** Lines of comment and sign-up forms (the standard wording of common publishing systems). */
export const FORM_LINE =
  /your email address will not be published|required fields are marked|لن يتم نشر عنوان بريدك|الحقول الإلزامية مشار إليها|save my name, email, and website|احفظ اسمي، بريدي الإلكتروني/i;

/** One-line page chrome that survives punctuation tests: reading time, skip links, ad labels. */
export const CHROME_LINE =
  /^\s*(?:\d+\s*(?:min(?:ute)?s?\.?|دقائق|دقيقة)\s*(?:read|reading|de lecture|للقراءة|قراءة)|skip to (?:main )?content|advertisement|sponsored(?: content)?|paid (?:post|content)|إعلان|محتوى مدفوع|print(?: this)?|email|share)\s*[.:]?\s*$/i;

/** Link text that is a bare address: a list of sources, not the story's sentences. */
export const BARE_URL = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

/** Calls to action: newsletter and account prompts set as a heading or a line of their own. */
export const CTA_LINE =
  /^\s*(?:(?:join|subscribe to|sign up (?:for|to)|get) (?:our|the)\b.{0,40}\b(?:newsletters?|mailing list|briefing)|newsletters?|log ?in|sign ?in|sign up|subscribe(?: now| today)?|share your story|اشترك(?:\s+(?:الآن|في النشرة(?: البريدية)?|في نشرتنا(?: البريدية)?))?|النشرة البريدية|تسجيل الدخول)\s*[!.:]?\s*$/i;

/** Affiliate and sponsorship disclosures: standard wording, never the story. */
export const DISCLOSURE =
  /we may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)|(?:may )?contains? affiliate links|as an amazon associate|we earn from qualifying purchases/i;
