/** The acceptance example end to end: the seed as saved text and as the bundled sample page, scored on its gold. */
import { readFileSync } from 'node:fs';
import { annotateDocument } from '../../core/annotate';
import { plainTextToHtml } from '../../core/article';
import { htmlToDocument } from '../../cli/load-page';
import { hasSeedGold, loadSeedGold, scoreSeed, SEED_TXT } from '../lib/seed-gold';

export async function run(): Promise<void> {
  if (!hasSeedGold()) {
    console.log('seed: skipped, ../shared/seed is absent');
    return;
  }
  const gold = loadSeedGold();
  const inputs = {
    'seed .txt': plainTextToHtml(readFileSync(SEED_TXT, 'utf8')),
    'sample page': readFileSync('samples/seed-ar.html', 'utf8'),
  };
  for (const [name, html] of Object.entries(inputs)) {
    const started = performance.now();
    const result = annotateDocument(htmlToDocument(html));
    const ms = performance.now() - started;
    if (!result) {
      console.log(`${name}: no article found`);
      continue;
    }
    const s = scoreSeed(result.annotation, gold);
    console.log(`${name} (${ms.toFixed(1)} ms):`);
    console.log(`  body: starts ${s.body.startsRight ? 'right' : 'WRONG'}, ends ${s.body.endsRight ? 'right' : 'WRONG'}, not-body lines kept ${s.body.notBodyKept.length}/${gold.article.not_body.length}`);
    console.log(`  people: mentions ${s.people.foundMentions}/${s.people.expectedMentions}, roles ${s.people.rolesRight}/${gold.people.length}, false people ${s.people.falsePeople.length}`);
    console.log(`  claims: exact ${s.claims.exact}/${s.claims.expected}, non-claims reported ${s.claims.falseClaims.length}`);
    console.log(`  terms: ${s.terms.found.length}/${s.terms.expected}${s.terms.missing.length ? ` (missing ${s.terms.missing.join(', ')})` : ''}`);
    for (const p of s.problems) console.log(`    - ${p}`);
  }
}
