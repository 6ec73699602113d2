/** Pagefind search works in each language and finds that language's pages. */
import { expect, test } from './fixtures.ts';
import { type LocaleKey, prefix } from './site.ts';

const terms: Record<LocaleKey, { term: string; page: string }> = {
  root: { term: 'DKIM', page: '/guides/dkim/' },
  fr: { term: 'validité', page: '/fr/guides/retries-and-validity/' },
  es: { term: 'validez', page: '/es/guides/retries-and-validity/' },
  'zh-cn': { term: '有效期', page: '/zh-cn/guides/retries-and-validity/' },
  ko: { term: '유효', page: '/ko/guides/retries-and-validity/' },
};

for (const [locale, { term, page: expected }] of Object.entries(terms) as [
  LocaleKey,
  { term: string; page: string },
][]) {
  test(`search in ${locale} finds ${expected} by "${term}"`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/`);
    await page.locator('site-search button[data-open-modal]').click();
    const input = page.locator('dialog[aria-label] input[type="search"], #starlight__search input').first();
    await input.fill(term);
    // Wait until the search for the whole term has answered and every result has loaded its page.
    await expect(page.locator('.pagefind-ui__message')).toContainText(term, { timeout: 15_000 });
    const results = page.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('.pagefind-ui__results .pagefind-ui__loading')).toHaveCount(0);
    const hrefs = await results.evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toContain(expected);
    // A reader never lands in another language's pages from their own search.
    const otherLocale = hrefs.filter((href) =>
      locale === 'root' ? /^\/(fr|es|zh-cn|ko)\//.test(href) : !href.startsWith(`/${locale}/`),
    );
    expect(otherLocale).toEqual([]);
  });
}
