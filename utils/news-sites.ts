/**
 * News sites where Gloss runs by itself. Each domain becomes `*://*.DOMAIN/*`, which in Chrome
 * and Firefox also matches the bare domain, on http and https. Anywhere else Gloss runs when the
 * reader clicks the toolbar button, or on hosts the reader chose to "always run on".
 */
export const NEWS_DOMAINS = [
  // Arabic
  'cnbcarabia.com', 'aljazeera.net', 'alarabiya.net', 'skynewsarabia.com', 'aawsat.com',
  'arabic.cnn.com', 'bbc.com', 'independentarabia.com', 'alquds.co.uk', 'youm7.com',
  'ahram.org.eg', 'almasryalyoum.com', 'masrawy.com', 'annahar.com', 'alaraby.co.uk',
  'aljazeera.com', 'rt.com', 'france24.com', 'asharq.com', 'albayan.ae', 'alkhaleej.ae',
  'emaratalyoum.com', 'alittihad.ae', 'okaz.com.sa', 'alriyadh.com', 'sabq.org', 'almadenahnews.com',
  'aleqt.com', 'alghad.com', 'addustour.com', 'hespress.com', 'elkhabar.com', 'echoroukonline.com',
  'alwatan.com.sa', 'alqabas.com', 'alanba.com.kw', 'alayam.com', 'al-monitor.com', 'dw.com', 'swissinfo.ch',
  'euronews.com', 'anews.com.tr', 'aa.com.tr', 'wam.ae', 'spa.gov.sa',
  // English
  'cnn.com', 'reuters.com', 'apnews.com', 'nytimes.com', 'theguardian.com', 'washingtonpost.com',
  'cnbc.com', 'bbc.co.uk', 'ft.com', 'wsj.com', 'bloomberg.com', 'economist.com', 'npr.org',
  'nbcnews.com', 'cbsnews.com', 'abcnews.go.com', 'foxnews.com', 'politico.com', 'axios.com',
  'theatlantic.com', 'latimes.com', 'usatoday.com', 'independent.co.uk', 'telegraph.co.uk',
  'thetimes.co.uk', 'sky.com', 'news.sky.com', 'aljazeera.com', 'thenationalnews.com', 'arabnews.com',
  'gulfnews.com', 'khaleejtimes.com', 'timesofisrael.com', 'haaretz.com', 'dawn.com', 'hindustantimes.com',
  'thehindu.com', 'scmp.com', 'abc.net.au', 'cbc.ca', 'theglobeandmail.com', 'voanews.com', 'axios.com',
  'thehill.com', 'time.com', 'newsweek.com', 'vox.com', 'apnews.org',
] as const;

export function newsMatchPatterns(domains: readonly string[] = NEWS_DOMAINS): string[] {
  return [...new Set(domains)].map((d) => `*://*.${d}/*`);
}
