import { launchWithExtension } from './lib/chromium';
import { serveFiles } from './lib/static-server';
import { benchPages } from './bench/corpus';
const HOST = 'www.reuters.com';
const pages = benchPages(Number(process.env.N ?? 8));
const routes = Object.fromEntries(pages.map((p, i) => [`/bench/${i}`, { html: p.html }]));
const server = await serveFiles(routes);
const g = await launchWithExtension(server.port, [HOST]);
const page = await g.context.newPage();
const cdp = await g.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const self = new Map<string, number>();
for (const [i, p] of pages.entries()) {
  await cdp.send('Profiler.start');
  await page.goto(`http://${HOST}/bench/${i}`, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('gloss:annotate')[0], null, { timeout: 15000 }).catch(() => null);
  const { profile } = await cdp.send('Profiler.stop') as any;
  const dt = new Map<number, number>();
  profile.samples.forEach((s: number, k: number) => dt.set(s, (dt.get(s) ?? 0) + (profile.timeDeltas[k + 1] ?? 0)));
  for (const n of profile.nodes) {
    if (!String(n.callFrame.url).startsWith('chrome-extension')) continue;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
  }
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n'));
await g.close(); await server.close();
