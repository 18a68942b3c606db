import { launchWithExtension } from './lib/chromium';
import { serveFiles } from './lib/static-server';
import { benchPages } from './bench/corpus';
const HOST = 'www.reuters.com';
const pages = benchPages(Number(process.env.N ?? 8));
const routes = Object.fromEntries(pages.map((p, i) => [`/bench/${i}`, { html: p.html }]));
const server = await serveFiles(routes);
const g = await launchWithExtension(server.port, [HOST]);
g.worker.on('console', (m) => console.log('   SW:', m.text()));
const page = await g.context.newPage();
for (const rep of [0, 1]) for (const [i, p] of pages.entries()) {
  await page.goto(`http://${HOST}/bench/${i}`, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('gloss:annotate')[0], null, { timeout: 15000 }).catch(() => null);
  const ms = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('gloss')).map((m) => `${m.name.slice(6)} ${m.startTime.toFixed(0)}+${m.duration.toFixed(1)}`).join(' | '));
  console.log(rep, p.name, ms);
}
await g.close(); await server.close();
