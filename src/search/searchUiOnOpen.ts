/**
 * Stands in for `@pagefind/default-ui` (aliased in astro.config.mjs). Starlight builds its search UI
 * as soon as a page is idle, which makes every reader download it (about 26 KB gzip); this stand-in
 * takes the same options and loads the real UI only when a reader opens the search dialog.
 */
type Options = { readonly element: string } & Record<string, unknown>;

export class PagefindUI {
  constructor(options: Options) {
    const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
    const load = async () => {
      const { PagefindUI: Real } = await import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');
      new Real(options);
      // The dialog focused its input before the UI existed: focus the one the UI just made.
      if (dialog?.open) document.querySelector<HTMLInputElement>(`${options.element} input`)?.focus();
    };
    if (!dialog || dialog.open) {
      void load();
      return;
    }
    const opened = new MutationObserver(() => {
      if (!dialog.open) return;
      opened.disconnect();
      void load();
    });
    opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
  }
}
