/**
 * The status explainer without JavaScript: two groups of radio buttons (edition, status) and one card
 * per pair. CSS shows the card of the checked pair, one rule per pair, written here from the spec's own
 * lists so that a new status or edition needs no hand-written selector. astro.config.mjs writes it to
 * src/styles/generated/explainer.css (git-ignored), a stylesheet like any other for the bundler and CSP.
 */
export function explainerCss(editions: readonly string[], statuses: readonly string[]): string {
  const pairs = editions.flatMap((edition) => statuses.map((status) => ({ edition, status })));
  const rules = pairs.map(
    ({ edition, status }) =>
      `.explainer:has([name="edition"][value="${edition}"]:checked):has([name="status"][value="${status}"]:checked) .explainer__card[data-edition="${edition}"][data-status="${status}"] { display: block; }`,
  );
  // Where :has() is unsupported, every card shows.
  return ['@supports not selector(:has(*)) { .explainer__card { display: block; } }', ...rules].join('\n');
}
