/**
 * npm run eval [-- PART...]: every accuracy evaluation, side by side with the reference tools.
 * Parts live in scripts/eval/<part>.ts and read ../shared; each prints why it skips when that is absent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const PARTS = ['article', 'people', 'claims', 'glossary', 'seed'] as const;

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length) {
    console.error(`eval: unknown part ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);
    process.exit(2);
  }
  if (!existsSync(resolve(process.cwd(), '../shared'))) {
    console.log('eval: ../shared is absent, so there is nothing to measure against; every part will skip.');
  }
  for (const part of asked.length ? asked : PARTS) {
    const file = resolve(process.cwd(), 'scripts/eval', `${part}.ts`);
    console.log(`\n######## ${part}`);
    if (!existsSync(file)) {
      console.log(`(no scripts/eval/${part}.ts yet)`);
      continue;
    }
    const started = performance.now();
    const mod = (await import(file)) as { run: () => Promise<void> };
    await mod.run();
    console.log(`(${part}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
