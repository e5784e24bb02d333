/** The digest pages Paperdex ships with, at the URLs they were saved from, and the seeds as plain pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Served } from './chromium.js';

const PAGES = resolve('tests/fixtures/pages');

export const SITE_HOSTS = ['huggingface.co', 'arxiv.org'] as const;

/** The saved replicas of huggingface.co and arxiv.org pages. */
export const SITE_PAGES: Record<string, Served> = {
  'https://huggingface.co/papers/date/2023-11-22': { file: resolve(PAGES, 'hf-daily.html') },
  'https://huggingface.co/papers?q=in-context+learning+capacity': { file: resolve(PAGES, 'hf-search.html') },
  'https://huggingface.co/papers/2310.03714': { file: resolve(PAGES, 'hf-paper.html') },
  'https://arxiv.org/list/cs.LG/new': { file: resolve(PAGES, 'arxiv-list-new.html') },
  'https://arxiv.org/abs/2311.12424': { file: resolve(PAGES, 'arxiv-abs.html') },
};

/** A host for pages that are not on the sites Paperdex reads, where only "Save papers on this page" works. */
export const NOTES_HOST = 'digest.example';

/** Each seed (a copied digest) as a plain page of paragraphs, on the notes host. */
export function seedPages(): Record<string, Served> {
  const pages: Record<string, Served> = {};
  for (const name of readdirSync('seeds').filter((file) => file.endsWith('.txt')).sort()) {
    const text = readFileSync(resolve('seeds', name), 'utf8');
    pages[`https://${NOTES_HOST}/${name.replace(/_.*$/, '')}.html`] = { body: plainPage(`Digest ${name.slice(0, 3)}`, text) };
  }
  return pages;
}

/** Text as a plain page, one paragraph per line. */
export function plainPage(title: string, text: string): string {
  const escape = (line: string): string => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = text.split(/\r?\n/).map((line) => `<p>${escape(line)}</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>${body.join('\n')}</body></html>`;
}
