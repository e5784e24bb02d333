/**
 * Generated digest pages of any size, built from the saved pages' own markup so the parsers meet the real
 * structure: a Hugging Face daily list (embedded JSON + desktop and mobile card copies) and an arXiv
 * listing.
 */
import { readFileSync } from 'node:fs';

const HF_DAILY = readFileSync('tests/fixtures/pages/hf-daily.html', 'utf8');
const ARXIV_LIST = readFileSync('tests/fixtures/pages/arxiv-list-new.html', 'utf8');

/** Real titles and abstracts from the seeds, cycled to fill large pages. */
function seedPapers(): { title: string; abstract: string }[] {
  const lines = readFileSync('seeds/003_0f2122b4adcaf152.txt', 'utf8').split('\n').slice(2);
  lines[0] = lines[0]!.replace(/^Subscribe/, '');
  const papers: { title: string; abstract: string }[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) papers.push({ title: lines[i]!, abstract: lines[i + 1]! });
  return papers;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The n-th generated arXiv id, valid and distinct: 2401.00001, 2401.00002, … */
export function generatedId(n: number, month = 2401): string {
  return `${month}.${String(n + 1).padStart(5, '0')}`;
}

export function hfListPage(count: number): string {
  const papers = seedPapers();
  const template = /<article[\s\S]*?<\/article>/.exec(HF_DAILY)![0];
  const templateId = /\/papers\/(\d{4}\.\d{4,5})/.exec(template)![1]!;
  const templateTitle = /<h3[^>]*><a[^>]*>([^<]*)<\/a>/.exec(template)![1]!;
  const propsMatch = /data-target="DailyPapers" data-props="([^"]*)"/.exec(HF_DAILY)!;
  const props = JSON.parse(propsMatch[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as { dailyPapers: { paper: Record<string, unknown> }[] };
  const itemTemplate = props.dailyPapers[0]!;
  const items = [];
  const cards = [];
  for (let i = 0; i < count; i++) {
    const paper = papers[i % papers.length]!;
    const id = generatedId(i);
    const title = `${paper.title} (${i})`;
    items.push({ ...itemTemplate, paper: { ...itemTemplate.paper, id, title, summary: paper.abstract, upvotes: i % 97 }, title, summary: paper.abstract });
    cards.push(template.split(templateId).join(id).split(templateTitle).join(escapeHtml(title)));
  }
  const json = escapeHtml(JSON.stringify({ ...props, dailyPapers: items }));
  const firstArticle = HF_DAILY.indexOf('<article');
  const lastArticleEnd = HF_DAILY.lastIndexOf('</article>') + '</article>'.length;
  return (HF_DAILY.slice(0, firstArticle) + cards.join('') + HF_DAILY.slice(lastArticleEnd)).replace(
    propsMatch[0],
    `data-target="DailyPapers" data-props="${json}"`,
  );
}

export function arxivListing(count: number): string {
  const papers = seedPapers();
  const firstDt = ARXIV_LIST.indexOf('<dt>');
  const firstDdEnd = ARXIV_LIST.indexOf('</dd>') + '</dd>'.length;
  const template = ARXIV_LIST.slice(firstDt, firstDdEnd);
  const items = [];
  for (let i = 0; i < count; i++) {
    const paper = papers[i % papers.length]!;
    items.push(
      template
        .split('2311.12424')
        .join(generatedId(i))
        .replace('Looped Transformers are Better at Learning Learning Algorithms', escapeHtml(`${paper.title} (${i})`))
        .replace(/(<p class='mathjax'>)[\s\S]*?(<\/p>)/, `$1${escapeHtml(paper.abstract)}$2`),
    );
  }
  const dlStart = ARXIV_LIST.indexOf("<dl id='articles'>");
  const dlEnd = ARXIV_LIST.lastIndexOf('</dl>') + '</dl>'.length;
  const section = `<dl id='articles'><h3>New submissions (showing ${count} of ${count} entries)</h3>${items.join('')}</dl>`;
  return ARXIV_LIST.slice(0, dlStart) + section + ARXIV_LIST.slice(dlEnd);
}
