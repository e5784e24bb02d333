/** Links from pages become links only when they are web addresses; entries keep everything else literally. */
import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../src/core/safe-url.js';
import { validateEntry } from '../../src/core/validate-entry.js';

describe('httpUrl', () => {
  it.each([
    'https://github.com/Leiay/looped_transformer',
    'http://example.org/paper?id=1#top',
    'HTTPS://ARXIV.ORG/abs/2311.12424',
  ])('keeps the web address %s', (url) => {
    expect(httpUrl(url)).toBe(url);
  });

  it('trims the white space around an address', () => {
    expect(httpUrl('  https://arxiv.org/abs/2311.12424\n')).toBe('https://arxiv.org/abs/2311.12424');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JaVaScRiPt:alert(1)'],
    ['javascript: split by a new line', 'java\nscript:alert(1)'],
    ['javascript: after control characters', '\u0001javascript:alert(1)'],
    ['a data: page', 'data:text/html,<script>alert(1)</script>'],
    ['a blob:', 'blob:https://huggingface.co/1234'],
    ['a file:', 'file:///etc/passwd'],
    ['a relative path', '/papers/2311.12424'],
    ['a scheme-relative address', '//evil.example/x'],
    ['an http address that does not parse', 'http://exa mple.org:99999/'],
    ['an empty string', ''],
    ['nothing', undefined],
  ])('refuses %s', (_, value) => {
    expect(httpUrl(value)).toBeUndefined();
  });
});

describe('entries arriving from pages', () => {
  const source = { site: 'huggingface.co', pageUrl: 'https://huggingface.co/papers', pageKind: 'hf-daily', position: 1, capturedAt: '2026-11-29T12:00:00.000Z' };

  it('keep their web links and lose the others, without being refused', () => {
    const entry = validateEntry({
      id: 'arxiv:2311.12424',
      source,
      url: 'javascript:alert(1)',
      pdfUrl: 'data:application/pdf;base64,JVBERi0=',
      githubUrl: 'https://github.com/Leiay/looped_transformer',
      projectUrl: ' JAVASCRIPT:alert(document.domain)',
    });
    expect(entry).toEqual({ id: 'arxiv:2311.12424', source, githubUrl: 'https://github.com/Leiay/looped_transformer' });
  });

  it('keep markup and direction characters as text, and a 100 KB abstract whole', () => {
    const title = '<script>alert(1)</script> \u202eLooped\u200d Transformers <img src=x onerror=alert(1)>';
    const abstract = 'Looped transformers learn in context. '.repeat(2_800);
    expect(abstract.length).toBeGreaterThan(100_000);
    const entry = validateEntry({ id: 'arxiv:2311.12424', source, title, abstract, authors: ['\u202eAlice', '<b>Bob</b>'] });
    expect(entry).toMatchObject({ title, abstract, authors: ['\u202eAlice', '<b>Bob</b>'] });
  });
});
