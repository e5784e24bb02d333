import { expect, test, URLS, visit } from './harness.js';

test('in-page toggles change the library, and follow changes made elsewhere', async ({ context, library }) => {
  const page = await visit(context, URLS.hfDaily);
  // Both copies of the card (desktop and mobile) carry the mark.
  const marks = page.locator('[data-paperdex-mark="arxiv:2311.12424"]');
  await expect(marks).toHaveCount(2);
  const bookmark = marks.first().getByRole('button', { name: 'Bookmark' });
  await expect(bookmark).toHaveAttribute('aria-pressed', 'false');
  await expect(marks.first().getByText('Seen')).toHaveCount(0); // new to the library on this first visit

  await bookmark.click();
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  await expect(marks.last().getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');
  const looped = async (): Promise<Record<string, unknown> | undefined> =>
    (await library.papers()).find((paper) => paper['id'] === 'arxiv:2311.12424');
  await expect.poll(async () => typeof (await looped())?.['bookmarkedAt']).toBe('number');

  // Changed elsewhere (the popup): the page follows.
  expect((await library.send('paper/update', { id: 'arxiv:2311.12424', read: true })).ok).toBe(true);
  await expect(marks.first().getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'true');
  expect((await library.send('paper/update', { id: 'arxiv:2311.12424', bookmarked: false })).ok).toBe(true);
  await expect(bookmark).toHaveAttribute('aria-pressed', 'false');

  // Unbookmark from the page, then reload: the marks say the papers were seen before and keep their state.
  await marks.first().getByRole('button', { name: 'Mark as read' }).click();
  await expect.poll(async () => (await looped())?.['readAt']).toBeUndefined();
  await page.reload();
  await expect(page.locator('[data-paperdex-mark="arxiv:2311.12424"]').first().getByText('Seen')).toBeVisible();
  await expect(
    page.locator('[data-paperdex-mark="arxiv:2305.16381"]').first().getByRole('button', { name: 'Mark as read' }),
  ).toHaveAttribute('aria-pressed', 'false');
});

test('marks sit next to titles on arXiv listings and abstract pages', async ({ context }) => {
  const listing = await visit(context, URLS.arxivList);
  for (const id of ['2311.12424', '2310.18297', '2311.05217', '2310.17513', '2305.16381']) {
    await expect(listing.locator(`dt [data-paperdex-mark="arxiv:${id}"]`)).toHaveCount(1);
  }
  const abs = await visit(context, URLS.arxivAbs);
  await expect(abs.locator('h1.title [data-paperdex-mark="arxiv:2311.12424"]').getByText('Seen')).toBeVisible();
});

test('screenshot: the marks on a daily page', async ({ context, library }) => {
  const page = await visit(context, URLS.hfDaily);
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.addStyleTag({ path: 'tests/fixtures/pages/hf-approx.css' });
  await expect(page.locator('[data-paperdex-mark]')).toHaveCount(10);
  await library.send('paper/update', { id: 'arxiv:2310.17513', bookmarked: true });
  await library.send('paper/update', { id: 'arxiv:2305.16381', read: true });
  await page.reload();
  await page.addStyleTag({ path: 'tests/fixtures/pages/hf-approx.css' });
  await expect(page.locator('[data-paperdex-mark="arxiv:2305.16381"]').first().getByText('Seen')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screenshots/marks-daily.png' });
});
