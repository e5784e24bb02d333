import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html.js';
import { parsePage } from '../../src/core/parse-page.js';

const SEARCH = 'https://huggingface.co/papers?q=in-context+learning+capacity';

function datesRead(now: string): Record<string, string | undefined> {
  const document = loadHtml(readFileSync('tests/fixtures/pages/hf-search.html', 'utf8'));
  const { entries } = parsePage({ url: SEARCH, now: new Date(now), document });
  return Object.fromEntries(entries.map((entry) => [entry.arxivId!, entry.publishedAt]));
}

describe('card dates shown without a year', () => {
  it('are the latest such day before the capture, for a fresh page', () => {
    expect(datesRead('2025-12-08T12:00:00Z')).toMatchObject({ '2504.13837': '2025-04-18', '2505.21411': '2025-05-27' });
  });

  it('stay right when a saved page is read a year or more later: the arXiv month anchors them', () => {
    expect(datesRead('2026-11-29T12:00:00Z')).toMatchObject({ '2504.13837': '2025-04-18', '2505.21411': '2025-05-27' });
    expect(datesRead('2030-01-02T12:00:00Z')).toMatchObject({ '2504.13837': '2025-04-18', '2505.21411': '2025-05-27' });
  });

  it('keep the years the page shows', () => {
    expect(datesRead('2030-01-02T12:00:00Z')).toMatchObject({ '2403.13043': '2024-03-19', '2205.13147': '2022-05-26' });
  });
});
