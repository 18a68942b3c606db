import { describe, expect, it } from 'vitest';
import { hostMatches, hostOfUrl, normaliseHost } from '../../../components/options/host';

describe('host input', () => {
  it('reduces URLs and patterns to a host', () => {
    expect(normaliseHost('https://www.Example.com/news/1?x=2')).toBe('www.example.com');
    expect(normaliseHost('*.example.org')).toBe('example.org');
    expect(normaliseHost('example.com:8080')).toBe('example.com');
    expect(normaliseHost('  news.example.co.uk. ')).toBe('news.example.co.uk');
    expect(normaliseHost('مثال.إختبار')).toBe(new URL('http://مثال.إختبار/').hostname);
    expect(normaliseHost('مثال.إختبار')).toMatch(/^xn--/);
  });

  it('rejects what is not a host', () => {
    for (const bad of ['', 'localhost', 'not a host', 'exa mple.com', '-bad.com', 'http://']) expect(normaliseHost(bad)).toBeUndefined();
  });

  it('reads hosts of web pages only', () => {
    expect(hostOfUrl('https://arabic.cnn.com/a')).toBe('arabic.cnn.com');
    expect(hostOfUrl('chrome://extensions')).toBeUndefined();
    expect(hostOfUrl('nonsense')).toBeUndefined();
    expect(hostMatches('arabic.cnn.com', 'cnn.com')).toBe(true);
    expect(hostMatches('notcnn.com', 'cnn.com')).toBe(false);
  });
});
