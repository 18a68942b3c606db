/**
 * Validates the glossary data: `npx tsx scripts/check-glossary.ts` (exit 1 on errors), and
 * `checkGlossary()` for the unit test. What it enforces is documented in core/glossary/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GLOSSARY_FILES } from '../core/glossary/data';
import { aliasBucket, looseAliasKey, tokenBucket, tokenize } from '../core/glossary/normalise';
import { GLOSSARY_FORMAT_VERSION, type GlossaryCategory, type GlossaryEntry, type GlossaryFile } from '../core/glossary/schema';

const CATEGORIES: readonly GlossaryCategory[] = [
  'treaty', 'organisation', 'institution', 'military', 'economy', 'law-politics', 'science-health', 'media',
];
/** Languages every entry must carry in full. */
const REQUIRED_LANGS = ['ar', 'en'] as const;
/** A note is a short explanation, not an article: one to three sentences within this many characters. */
const MAX_NOTE_CHARS = 400;
const MAX_SENTENCES = 3;
const MAX_TITLE_CHARS = 80;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARABIC_LETTERS = /[\u0621-\u064A]/;
/** Shorter single-word aliases collide with ordinary words; acronyms are exempt (they match case-exactly). */
const MIN_SINGLE_ALIAS_CHARS = 3;
/**
 * Words that must never be an alias on their own, whatever their case: they are common in news
 * and would flood pages with false notes. ("Congress" is allowed: a capitalised alias only matches
 * capitalised text, and capitalised "Congress" in news is almost always the US Congress.)
 */
const STOP_ALIASES = new Set([
  'the', 'new', 'state', 'house', 'bank', 'union', 'council', 'court', 'agency', 'office', 'party', 'army',
  'news', 'post', 'times', 'fund', 'league', 'summit', 'treaty', 'agreement', 'accord', 'accords', 'group',
  'mission', 'senate', 'parliament', 'assembly', 'ministry', 'government', 'sun', 'mirror',
  'الاتحاد', 'المجلس', 'المحكمة', 'الوكالة', 'البنك', 'الحكومة', 'البرلمان', 'الجامعة', 'المعاهدة', 'الاتفاقية',
  'القمة', 'المنظمة', 'الصندوق', 'الوزارة', 'الحزب', 'الجيش', 'الأمن',
]);

export interface GlossaryReport {
  errors: string[];
  warnings: string[];
  entries: number;
  aliases: number;
  byCategory: Record<string, number>;
  byFile: Record<string, number>;
}

/** Sentence ends: ., !, ?, ؟ before a space or the end, but not after a lone capital ("U.S."). */
export function countSentences(note: string): number {
  const ends = note.trim().match(/(?<!(?:^|[\s.])[A-Z])[.!?؟](?=\s|$)/g);
  return Math.max(1, ends?.length ?? 0);
}

function checkEntry(e: GlossaryEntry, where: string, errors: string[], warnings: string[]): void {
  const err = (msg: string) => errors.push(`${where} ${e.id ?? '?'}: ${msg}`);
  if (typeof e.id !== 'string' || !ID_PATTERN.test(e.id)) err('id must be kebab-case');
  if (!CATEGORIES.includes(e.category)) err(`unknown category "${e.category}"`);
  for (const lang of REQUIRED_LANGS) {
    const title = e.title?.[lang];
    if (typeof title !== 'string' || !title.trim()) err(`missing ${lang} title`);
    else if (title.length > MAX_TITLE_CHARS) err(`${lang} title longer than ${MAX_TITLE_CHARS}`);
    const note = e.note?.[lang];
    if (typeof note !== 'string' || !note.trim()) err(`missing ${lang} note`);
    else {
      if (note.length > MAX_NOTE_CHARS) err(`${lang} note is ${note.length} chars (max ${MAX_NOTE_CHARS})`);
      const n = countSentences(note);
      if (n > MAX_SENTENCES) err(`${lang} note has ${n} sentences (max ${MAX_SENTENCES})`);
      if (lang === 'ar' && !ARABIC_LETTERS.test(note)) err('ar note has no Arabic');
      if (lang === 'en' && ARABIC_LETTERS.test(note)) err('en note contains Arabic');
    }
    const aliases = e.aliases?.[lang];
    if (!Array.isArray(aliases) || aliases.length === 0) err(`no ${lang} aliases`);
  }
  for (const [lang, list] of Object.entries(e.aliases ?? {})) {
    for (const alias of list ?? []) {
      if (typeof alias !== 'string' || tokenize(alias).length === 0) {
        err(`empty ${lang} alias`);
        continue;
      }
      if (lang === 'ar' && !ARABIC_LETTERS.test(alias)) err(`ar alias "${alias}" is not in Arabic script (put Latin forms under en)`);
      const tokens = tokenize(alias);
      // The matcher files an alias under aliasBucket and looks text up by its first token's bucket:
      // the two readings must agree, or the alias can never be found.
      if (aliasBucket(alias) !== tokenBucket(tokens[0]!)) err(`alias "${alias}" is filed under another first letter than its first word`);
      if (tokens.length === 1) {
        const form = tokens[0]!.form;
        const acronym = form === form.toUpperCase() && form !== form.toLowerCase();
        const loose = looseAliasKey(alias);
        if (STOP_ALIASES.has(alias.trim().toLowerCase()) || STOP_ALIASES.has(alias.trim())) err(`alias "${alias}" is a common word`);
        if (!acronym && loose.length < MIN_SINGLE_ALIAS_CHARS) err(`alias "${alias}" is too short`);
        if (acronym && form.length < 2) err(`alias "${alias}" is a single letter`);
      }
    }
  }
  for (const a of e.ambiguous ?? []) {
    const all = Object.values(e.aliases ?? {}).flat();
    if (!all.some((x) => looseAliasKey(x ?? '') === looseAliasKey(a))) err(`ambiguous "${a}" is not one of its aliases`);
  }
  if (e.wikipedia) {
    for (const [lang, title] of Object.entries(e.wikipedia)) {
      if (typeof title !== 'string' || !title.trim()) err(`empty wikipedia title for ${lang}`);
    }
  }
  if (!e.wikipedia?.en) warnings.push(`${where} ${e.id}: no English Wikipedia title`);
}

/** Check `files` (default: the bundled data) and, with `dataDir`, that data/index.ts lists every file. */
export function checkGlossary(
  files: Readonly<Record<string, GlossaryFile>> = GLOSSARY_FILES,
  dataDir: string | null = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../core/glossary/data'),
): GlossaryReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const byCategory: Record<string, number> = {};
  const byFile: Record<string, number> = {};
  if (dataDir) {
    for (const name of readdirSync(dataDir)) {
      if (!name.endsWith('.json')) continue;
      const stem = name.slice(0, -5);
      if (!(stem in files)) errors.push(`${name} is not imported by core/glossary/data/index.ts`);
      // The bundled objects come from these files; also make sure each one parses as JSON on its own.
      try {
        JSON.parse(readFileSync(path.join(dataDir, name), 'utf8'));
      } catch (e) {
        errors.push(`${name}: invalid JSON (${(e as Error).message})`);
      }
    }
  }
  const ids = new Map<string, string>();
  /** loose alias key -> entries using it, and whether each marks it ambiguous */
  const aliasOwners = new Map<string, { id: string; ambiguous: boolean; alias: string }[]>();
  let aliasCount = 0;
  for (const [name, file] of Object.entries(files)) {
    if (file.version !== GLOSSARY_FORMAT_VERSION) errors.push(`${name}: version ${String(file.version)} (expected ${GLOSSARY_FORMAT_VERSION})`);
    if (typeof file.domain !== 'string' || !file.domain) errors.push(`${name}: missing domain`);
    if (!Array.isArray(file.entries)) {
      errors.push(`${name}: entries is not an array`);
      continue;
    }
    byFile[name] = file.entries.length;
    for (const e of file.entries) {
      const where = `${name}.json`;
      checkEntry(e, where, errors, warnings);
      if (ids.has(e.id)) errors.push(`${where} ${e.id}: id also used in ${ids.get(e.id)}`);
      ids.set(e.id, where);
      byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
      const ambiguous = new Set((e.ambiguous ?? []).map(looseAliasKey));
      const mine = new Set<string>();
      for (const alias of Object.values(e.aliases ?? {}).flat()) {
        if (typeof alias !== 'string') continue;
        const key = looseAliasKey(alias);
        if (!key || mine.has(key)) continue;
        mine.add(key);
        aliasCount++;
        const owners = aliasOwners.get(key) ?? [];
        owners.push({ id: e.id, ambiguous: ambiguous.has(key), alias });
        aliasOwners.set(key, owners);
      }
    }
  }
  for (const owners of aliasOwners.values()) {
    if (owners.length < 2) continue;
    if (owners.every((o) => o.ambiguous)) continue;
    const list = owners.map((o) => `${o.id}${o.ambiguous ? '' : ' (not marked ambiguous)'}`).join(', ');
    errors.push(`alias "${owners[0]!.alias}" is shared by ${list}`);
  }
  return { errors, warnings, entries: ids.size, aliases: aliasCount, byCategory, byFile };
}

function main(): void {
  const report = checkGlossary();
  for (const w of report.warnings) console.log(`warning: ${w}`);
  for (const e of report.errors) console.log(`error: ${e}`);
  console.log(`${report.entries} entries, ${report.aliases} aliases`);
  console.log(`by file: ${JSON.stringify(report.byFile)}`);
  console.log(`by category: ${JSON.stringify(report.byCategory)}`);
  console.log(report.errors.length ? `${report.errors.length} error(s)` : 'glossary OK');
  if (report.errors.length) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
