import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { annotateLine, runJsonl } from '../../../cli/jsonl';

describe('annotate --jsonl lines', () => {
  it('annotates text with offsets into the given text', () => {
    const text = 'Talks went on.\n\nNATO said the treaty caps warheads at 1,550.';
    const out = annotateLine(JSON.stringify({ id: 'a', text, lang: 'en' }));
    expect(out).toMatchObject({ id: 'a', lang: 'en', dir: 'ltr', article: { title: '', text } });
    if ('error' in out) throw new Error(out.error);
    for (const span of [...out.people, ...out.claims, ...out.terms]) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('detects Arabic from the text when no lang is given', () => {
    const out = annotateLine(JSON.stringify({ id: 7, text: 'قال المتحدث إن المحادثات مستمرة.' }));
    expect(out).toMatchObject({ id: 7, lang: 'ar', dir: 'rtl' });
  });

  it('annotates html with offsets into article.text', () => {
    const para = 'The Kremlin spokesman said talks on a new treaty would need to include every issue on the table. '.repeat(3);
    const html = `<html><body><nav><a href="/">Home</a></nav><article><h1>Talks</h1><p>${para}</p><p>${para}</p><p>${para}</p></article></body></html>`;
    const out = annotateLine(JSON.stringify({ id: 'h', html, url: 'https://www.reuters.com/world/x' }));
    if ('error' in out) throw new Error(out.error);
    expect(out.article.text).toContain('The Kremlin spokesman said');
    expect(out.article.text).not.toContain('Home');
    for (const span of [...out.people, ...out.claims, ...out.terms]) expect(out.article.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('reports a line it cannot handle and keeps its id', () => {
    expect(annotateLine('{not json')).toMatchObject({ id: null, error: expect.stringContaining('invalid JSON') });
    expect(annotateLine('[1,2]')).toMatchObject({ error: expect.any(String) });
    expect(annotateLine(JSON.stringify({ id: 3 }))).toEqual({ id: 3, error: 'a line needs "text" or "html"' });
    expect(annotateLine(JSON.stringify({ id: 4, text: 42 }))).toEqual({ id: 4, error: '"text" must be a string' });
  });

  it('writes one line per input line, in order, skipping blank lines', async () => {
    const input = Readable.from(['{"id":1,"text":"one"}\n', '\n', 'oops\n', '{"id":3,"text":"three"}\n']);
    const out: string[] = [];
    const n = await runJsonl(input, (s) => out.push(s));
    expect(n).toBe(3);
    expect(out.map((l) => JSON.parse(l).id)).toEqual([1, null, 3]);
    expect(out.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
  });
});

describe('annotate command', () => {
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'cli/annotate.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });

  it('annotates the bundled sample page when given no file', () => {
    const r = run([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('الكرملين: روسيا منفتحة');
    expect(r.stdout).toMatch(/People \(\d+\)/);
  });

  it('streams --jsonl from stdin and fails cleanly on a missing file', () => {
    const r = run(['--jsonl'], '{"id":"x","text":"hello"}\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: 'x', article: { text: 'hello' } });
    const missing = run(['--json', 'no/such/page.html']);
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout.trim())).toEqual({ file: 'no/such/page.html', error: 'no/such/page.html: no such file' });
  });
});
