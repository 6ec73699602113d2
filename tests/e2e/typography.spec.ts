/**
 * French pages as a French editor would set them: no plain space before : ; ? ! in any text a reader
 * sees (page bodies, titles, sidebar, components, labels), only the narrow no-break space the build puts
 * there. Code is left as written.
 */
import { expect, test } from './fixtures.ts';
import { pagePaths } from './site.ts';

for (const path of pagePaths) {
  test(`/fr${path} has no plain space before : ; ? or !`, async ({ page }) => {
    await page.goto(`/fr${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const offending = await page.evaluate(() => {
      const skipped = 'code, pre, kbd, samp, script, style, template';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(skipped)) continue;
        for (const match of (node.nodeValue ?? '').matchAll(/.{0,30}[ \t\n][:;?!]/g)) found.push(match[0].trim());
      }
      return found;
    });
    expect(offending).toEqual([]);
  });
}
