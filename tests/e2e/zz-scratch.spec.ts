import { test } from './fixtures.ts';
test('scratch', async ({ page }) => {
  for (const [l, term] of [['ko', '유효'], ['zh-cn', '有效期'], ['fr', 'validité']]) {
    await page.goto(`/${l}/`);
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('#starlight__search input').first().fill(term);
    await page.locator('.pagefind-ui__message').filter({ hasText: term }).waitFor();
    console.log(l, await page.locator('.pagefind-ui__message').textContent(), await page.locator('html').getAttribute('lang'));
    await page.keyboard.press('Escape');
  }
});
