/**
 * npm run golden:update: rewrite tests/golden/pages/<page>.expected.json from what the core finds
 * now. Read the diff before committing it: the expected files are reviewed expectations, not
 * whatever the code happens to print.
 */
import { writeFileSync } from 'node:fs';
import { goldenPages, summarise } from '../tests/golden/golden-pages';

for (const page of goldenPages()) {
  const out = summarise(page.html());
  writeFileSync(page.expectedPath, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${page.expectedPath}`);
}
