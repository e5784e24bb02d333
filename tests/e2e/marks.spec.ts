import { expect, test, URLS, visit } from './harness.js';

test('each paper on a daily page gets a mark with bookmark and read toggles', async ({ context }) => {
  const page = await visit(context, URLS.hfDaily);
  await page.setViewportSize({ width: 1280, height: 900 });
  const marks = page.locator('[data-paperdex-mark="arxiv:2311.12424"]');
  await expect(marks.first().getByRole('button', { name: 'Bookmark' })).toBeVisible();
  await page.screenshot({ path: 'test-results/marks-daily.png' });
});
