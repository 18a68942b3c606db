import { readdirSync, readFileSync } from 'node:fs';
import { loadGlossary } from './core/glossary';
import { GLOSSARY_FILES } from './core/glossary/data';
const mine = new Set(['treaties','organisations','institutions','media'].flatMap(f => GLOSSARY_FILES[f]!.entries.map(e => e.id)));
const g = loadGlossary();
const dir = '../shared/corpus/wcxb-dev';
const seen = new Map<string, string[]>();
for (const f of readdirSync(dir).filter(n => n.endsWith('.json'))) {
  const t = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')).main_content as string;
  for (const m of g.match(t, 'en')) if (mine.has(m.id)) {
    const ctx = t.slice(Math.max(0, m.start - 30), m.end + 30).replace(/\s+/g, ' ');
    const l = seen.get(m.id) ?? []; if (l.length < 3) l.push(ctx); seen.set(m.id, l);
  }
}
for (const [id, l] of seen) console.log(id, '::', l.join(' || '));
