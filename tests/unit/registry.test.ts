/** The parser registry: which parser reads which page, by URL or by content, and where it is injected. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html.js';
import { pickParser } from '../../src/core/parse-page.js';
import { PARSERS, SITE_PARSERS } from '../../src/core/parsers/registry.js';
import { pageFixtureNames, PAGES_DIR, readGolden, ROOT } from './support/golden.js';

/** A Chrome match pattern: `scheme://host/path`, host `*`, `*.domain` or a domain, `*` anywhere in the path. */
const MATCH_PATTERN = /^(https?|\*):\/\/(\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(\/[^\s#]*)$/;

function patternToRegExp(pattern: string): RegExp {
  const [, scheme, host, path] = MATCH_PATTERN.exec(pattern)!;
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemePart = scheme === '*' ? 'https?' : scheme!;
  let hostPart = escape(host!);
  if (host === '*') hostPart = '[^/]+';
  else if (host!.startsWith('*.')) hostPart = `(?:[^/]+\\.)?${escape(host!.slice(2))}`;
  return new RegExp(`^${schemePart}://${hostPart}${escape(path!).replace(/\*/g, '.*')}$`);
}

/** Whether a URL is one a set of match patterns injects on (path and query; the fragment is not matched). */
function isMatched(patterns: readonly string[], url: string): boolean {
  const { origin, pathname, search } = new URL(url);
  return patterns.some((pattern) => patternToRegExp(pattern).test(`${origin}${pathname}${search}`));
}

const FIXTURES = pageFixtureNames().map((name) => ({ name, golden: readGolden(name) }));

/** Pages of each site and the kind each is, beyond the saved fixtures. */
const SITE_URLS: [string, string, string][] = [
  ['https://huggingface.co/papers', 'hf-list', 'hf-daily'],
  ['https://huggingface.co/papers?q=in-context+learning', 'hf-list', 'hf-search'],
  ['https://huggingface.co/papers?q=', 'hf-list', 'hf-daily'],
  ['https://huggingface.co/papers/date/2023-11-22', 'hf-list', 'hf-daily'],
  ['https://huggingface.co/papers/week/2023-W47', 'hf-list', 'hf-week'],
  ['https://huggingface.co/papers/month/2023-11', 'hf-list', 'hf-month'],
  ['https://huggingface.co/papers/trending', 'hf-list', 'hf-trending'],
  ['https://huggingface.co/huggingface/papers', 'hf-list', 'hf-org'],
  ['https://huggingface.co/papers/2310.03714', 'hf-paper', 'hf-paper'],
  ['https://huggingface.co/papers/2310.03714#community', 'hf-paper', 'hf-paper'],
  ['https://arxiv.org/list/cs.LG/new', 'arxiv-list', 'arxiv-list'],
  ['https://arxiv.org/list/cs.LG/recent', 'arxiv-list', 'arxiv-list'],
  ['https://arxiv.org/list/cs.LG/pastweek?show=1000', 'arxiv-list', 'arxiv-list'],
  ['https://arxiv.org/abs/2311.12424', 'arxiv-abs', 'arxiv-abs'],
  ['https://arxiv.org/abs/2311.12424v2', 'arxiv-abs', 'arxiv-abs'],
  ['https://arxiv.org/abs/hep-th/9901001', 'arxiv-abs', 'arxiv-abs'],
];

describe('pickParser by URL', () => {
  it.each(FIXTURES.map(({ name, golden }) => [name, golden.url, golden.pageKind]))(
    'the %s fixture URL is claimed by a site parser',
    (_name, url, kind) => {
      const { parser } = pickParser(url);
      expect(parser.matches.length).toBeGreaterThan(0);
      expect(parser.kindOf(new URL(url))).toBe(kind);
    },
  );

  it.each(SITE_URLS)('%s is read by %s as %s', (url, parserId, kind) => {
    expect(pickParser(url)).toMatchObject({ parser: { id: parserId }, kind });
  });

  it.each([
    [''],
    ['not a url'],
    ['https://example.com/papers'],
    ['https://huggingface.co/models'],
    ['https://huggingface.co/papers/unknown/section/page'],
    ['https://arxiv.org/pdf/2311.12424'],
    ['https://alphaxiv.org/abs/2311.12424'],
    ['file:///home/user/saved.html'],
  ])('%j, an unknown page, is read as page text', (url) => {
    expect(pickParser(url)).toMatchObject({ parser: { id: 'page-text' }, kind: 'text' });
  });

  it('never lets one URL be claimed by two site parsers', () => {
    for (const url of [...SITE_URLS.map(([url]) => url), ...FIXTURES.map(({ golden }) => golden.url)]) {
      const claims = SITE_PARSERS.filter((parser) => parser.kindOf(new URL(url)) !== null).map((parser) => parser.id);
      expect(claims, url).toHaveLength(1);
    }
  });
});

describe('pickParser by content', () => {
  it.each(FIXTURES.map(({ name, golden }) => [name, golden.pageKind]))(
    'recognises the %s fixture saved without its URL',
    (name, kind) => {
      const document = loadHtml(readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8'));
      const expected = pickParser(readGolden(name).url).parser.id;
      for (const url of ['', 'file:///home/user/Downloads/page.html', 'https://example.com/mirror']) {
        expect(pickParser(url, document), url).toMatchObject({ parser: { id: expected }, kind });
      }
    },
  );

  it('prefers the URL to the content', () => {
    const document = loadHtml(readFileSync(join(PAGES_DIR, 'hf-paper.html'), 'utf8'));
    expect(pickParser('https://arxiv.org/abs/2310.03714', document)).toMatchObject({ parser: { id: 'arxiv-abs' } });
  });

  it('reads a page of no known site as page text', () => {
    const document = loadHtml('<html><body><h1>Reading list</h1><p>Nothing here.</p></body></html>');
    expect(pickParser('', document)).toMatchObject({ parser: { id: 'page-text' }, kind: 'text' });
  });
});

describe('match patterns', () => {
  it('lists the generic parser last, with no patterns, and every site parser before it', () => {
    expect(PARSERS.at(-1)?.id).toBe('page-text');
    expect(PARSERS.at(-1)?.matches).toEqual([]);
    expect(SITE_PARSERS).toEqual(PARSERS.slice(0, -1));
    expect(new Set(PARSERS.map((parser) => parser.id)).size).toBe(PARSERS.length);
  });

  it.each(SITE_PARSERS.map((parser) => [parser.id, parser.matches] as const))(
    '%s has valid Chrome match patterns',
    (_id, matches) => {
      expect(matches.length).toBeGreaterThan(0);
      for (const pattern of matches) expect(pattern).toMatch(MATCH_PATTERN);
    },
  );

  it.each(SITE_URLS)('%s is covered by the patterns of %s', (url, parserId) => {
    const parser = SITE_PARSERS.find((candidate) => candidate.id === parserId)!;
    expect(isMatched(parser.matches, url)).toBe(true);
  });

  it('does not inject on pages no parser reads', () => {
    const all = SITE_PARSERS.flatMap((parser) => parser.matches);
    for (const url of ['https://huggingface.co/models', 'https://arxiv.org/pdf/2311.12424', 'https://example.com/']) {
      expect(isMatched(all, url), url).toBe(false);
    }
  });

  it('has the content script injected on every pattern', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
      content_scripts?: { matches?: string[] }[];
    };
    const injected = new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []));
    for (const pattern of SITE_PARSERS.flatMap((parser) => parser.matches)) {
      expect(injected, pattern).toContain(pattern);
    }
  });
});

describe('fixtures', () => {
  it('every site parser has a saved page under tests/fixtures/pages', () => {
    for (const parser of SITE_PARSERS) {
      const own = FIXTURES.filter(({ golden }) => pickParser(golden.url).parser.id === parser.id);
      expect(own.length, parser.id).toBeGreaterThan(0);
      for (const { name } of own) expect(existsSync(join(PAGES_DIR, `${name}.html`)), name).toBe(true);
    }
  });
});
