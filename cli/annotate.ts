/**
 * annotate [--json | --jsonl] [FILE...]
 * Runs Gloss's core on saved pages in Node. With no FILE, annotates the bundled sample page.
 */
import { fileURLToPath } from 'node:url';
import { annotateDocument } from '../core/annotate';
import { runJsonl } from './jsonl';
import { loadPageFile } from './load-page';
import { formatReport } from './report';

export const SAMPLE_PAGE = fileURLToPath(new URL('../samples/seed-ar.html', import.meta.url));

const USAGE = `usage: npm run annotate -- [--json] [FILE...]
       npm run --silent annotate -- --jsonl < lines.jsonl
  FILE    saved .html, .htm, .txt (or .gz of them); none = the bundled sample page
  --json  one JSON document per file
  --jsonl read {"id","text"|"html","url"?,"lang"?} lines on stdin, write one result line each`;

function annotateFile(file: string, json: boolean): boolean {
  try {
    const result = annotateDocument(loadPageFile(file));
    if (json) {
      const out = result ? { file, ...result.annotation } : { file, error: 'no article found' };
      process.stdout.write(JSON.stringify(out) + '\n');
    } else if (result) {
      process.stdout.write(formatReport(file, result.annotation) + '\n');
    } else {
      process.stdout.write(`== ${file}\nno article found on this page\n\n`);
    }
    return true;
  } catch (e) {
    const message = (e as NodeJS.ErrnoException).code === 'ENOENT' ? `${file}: no such file` : (e as Error).message;
    if (json) process.stdout.write(JSON.stringify({ file, error: message }) + '\n');
    process.stderr.write(`annotate: ${message}\n`);
    return false;
  }
}

async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith('--'));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => !['--json', '--jsonl', '--help'].includes(f));
  if (flags.includes('--help')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (unknown.length || (flags.includes('--jsonl') && (files.length || flags.includes('--json')))) {
    process.stderr.write(`annotate: ${unknown.length ? `unknown option ${unknown[0]}` : '--jsonl reads stdin only'}\n${USAGE}\n`);
    return 2;
  }
  if (flags.includes('--jsonl')) {
    await runJsonl(process.stdin, (s) => process.stdout.write(s));
    return 0;
  }
  const json = flags.includes('--json');
  let ok = true;
  for (const file of files.length ? files : [SAMPLE_PAGE]) ok = annotateFile(file, json) && ok;
  return ok ? 0 : 1;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0); // `annotate | head` is fine
  throw e;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
