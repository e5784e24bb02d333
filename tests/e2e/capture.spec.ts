import { expect, test, URLS, visit } from './harness.js';

test('a daily page lands in the library with its fields and a sighting', async ({ context, library }) => {
  await visit(context, URLS.hfDaily);
  await expect.poll(async () => (await library.papers()).length).toBe(5);
  const papers = await library.papers();
  const looped = papers.find((paper) => paper['id'] === 'arxiv:2311.12424');
  expect(looped).toMatchObject({
    title: 'Looped Transformers are Better at Learning Learning Algorithms',
    authors: ['Liu Yang', 'Kangwook Lee', 'Robert Nowak', 'Dimitris Papailiopoulos'],
    upvotes: 12,
    commentCount: 1,
    githubUrl: 'https://github.com/Leiay/looped_transformer',
    sites: ['huggingface.co'],
  });
  const sightings = await library.rows('sightings');
  expect(sightings.filter((s) => s['paperId'] === 'arxiv:2311.12424')).toEqual([
    expect.objectContaining({ pageKind: 'hf-daily', date: '2023-11-22', position: 1, upvotes: 12, commentCount: 1 }),
  ]);
});
