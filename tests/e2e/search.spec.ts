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

// Result counts in the reader's language (Pagefind's own translations, picked from <html lang>).
const countWords: Record<LocaleKey, RegExp> = {
  root: /results? for/,
  fr: /résultats? pour/,
  es: /resultados? para/,
  'zh-cn': /结果/,
  ko: /결과/,
};
for (const locale of ['fr', 'zh-cn', 'ko'] as LocaleKey[]) {
  test(`search in ${locale} counts its results in ${locale}, not in English`, async ({ page }) => {
    const { term } = terms[locale];
    await page.goto(`${prefix(locale)}/`);
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('#starlight__search input').first().fill(term);
    const message = page.locator('.pagefind-ui__message');
    await expect(message).toContainText(term, { timeout: 15_000 });
    await expect(message).toHaveText(countWords[locale]);
    await expect(message).not.toHaveText(countWords.root);
  });
}

test('playground controls and simulation rows are kept out of the search index', async ({ page }) => {
  for (const path of ['/playgrounds/enhanced-mta-reporting/', '/ko/playgrounds/email-feedback-service/']) {
    await page.goto(path);
    // Pagefind skips whatever is inside an element marked data-pagefind-ignore.
    await expect(page.locator('[data-pagefind-ignore] [data-testid="playground"]')).toHaveCount(1);
    await expect(page.locator('[data-pagefind-ignore] [data-testid="history"]')).toHaveCount(1);
  }
  await page.goto('/fr/reporting/success-over-time/');
  await expect(page.locator('[data-pagefind-ignore] [data-testid="simulation-table"] tbody tr').first()).toBeAttached();
  // The prose around them stays searchable.
  await expect(page.locator('main h1')).not.toHaveAttribute('data-pagefind-ignore');
});

for (const locale of ['root', 'ko'] as LocaleKey[]) {
  test(`${locale}: the home page's three questions each open their answer`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/`);
    const questions = page.locator('main p > strong > a');
    await expect(questions).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      await page.goto(`${prefix(locale)}/`);
      const link = questions.nth(i);
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/#./);
      await link.click();
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    }
  });
}
