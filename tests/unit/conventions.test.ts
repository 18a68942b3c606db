/**
 * The layout's rules, checked rather than remembered: dependencies point one way
 * (entrypoints -> components, utils -> core), and core runs anywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEWS_DOMAINS, newsMatchPatterns } from '../../utils/news-sites';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('layout conventions', () => {
  it('core imports no WXT, browser, Preact or UI code', () => {
    const bad: string[] = [];
    for (const file of sources('core')) {
      for (const spec of importsOf(file)) {
        if (/^(wxt|#imports|preact|@webext-core|webextension-polyfill)/.test(spec) || /\.\.\/(utils|components|entrypoints)\//.test(spec)) {
          bad.push(`${relative('.', file)} -> ${spec}`);
        }
      }
      if (/\bbrowser\.(runtime|tabs|storage)|\bchrome\./.test(readFileSync(file, 'utf8'))) bad.push(`${relative('.', file)} uses extension APIs`);
      // The service worker has no Node globals: one stray process.env stops the whole background.
      if (/\bprocess\.|\bBuffer\.|\brequire\(|\b__dirname\b/.test(readFileSync(file, 'utf8'))) bad.push(`${relative('.', file)} uses Node globals`);
    }
    expect(bad).toEqual([]);
  });

  it('components take props and call back: no browser APIs, no entrypoint or utils imports', () => {
    const bad: string[] = [];
    for (const file of sources('components')) {
      const src = readFileSync(file, 'utf8');
      if (/\b(?:browser|chrome)\.(?:runtime|tabs|storage|i18n|permissions|sidePanel|action|scripting|commands)\b|#imports|['"]wxt\//.test(src)) bad.push(`${relative('.', file)} touches extension APIs`);
      for (const spec of importsOf(file)) if (/entrypoints\//.test(spec)) bad.push(`${relative('.', file)} -> ${spec}`);
    }
    expect(bad).toEqual([]);
  });

  it('only the sanitiser sets HTML', () => {
    const setters = [...sources('core'), ...sources('components'), ...sources('utils'), ...sources('entrypoints')].filter((f) =>
      /\.innerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|outerHTML\s*=/.test(readFileSync(f, 'utf8')),
    );
    expect(setters.map((f) => relative('.', f)).filter((f) => f !== join('utils', 'sanitize.ts'))).toEqual([]);
  });
});

describe('news site list', () => {
  it('has at least 50 distinct domains, Arabic and English, as *://*.domain/* patterns', () => {
    const patterns = newsMatchPatterns();
    expect(new Set(NEWS_DOMAINS).size).toBeGreaterThanOrEqual(50);
    for (const d of ['cnbcarabia.com', 'aljazeera.net', 'alarabiya.net', 'skynewsarabia.com', 'aawsat.com', 'bbc.com', 'cnn.com', 'arabic.cnn.com', 'reuters.com', 'apnews.com', 'nytimes.com', 'theguardian.com', 'washingtonpost.com', 'cnbc.com']) {
      expect(patterns).toContain(`*://*.${d}/*`);
    }
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]{2,}\/\*$/);
    expect(patterns).not.toContain('<all_urls>');
  });
});
