/**
 * Stands in for `@pagefind/default-ui` (aliased in astro.config.mjs). Starlight builds its search UI
 * as soon as a page is idle, which makes every reader download it (about 26 KB gzip); this stand-in
 * takes the same options and loads the real UI only when a reader opens the search dialog.
 *
 * The UI loaded is Pagefind's own browser build, `pagefind-ui.js`, written beside the index by the
 * same Pagefind run. The npm package's ES module (`npm_dist/mjs/ui-core.mjs`) was bundled with
 * Svelte's server runtime, whose `onMount` does nothing: the UI never read the page's language, so
 * every string Starlight does not translate itself (result counts in French, Chinese, Korean) stayed
 * English. The browser build picks Pagefind's translation for `<html lang>`.
 */
type Options = { readonly element: string; readonly bundlePath?: string } & Record<string, unknown>;
type PagefindUIConstructor = new (options: Options) => unknown;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)));
    document.head.append(script);
  });
}

export class PagefindUI {
  constructor(options: Options) {
    const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
    const load = async () => {
      const bundlePath = options.bundlePath ?? '/pagefind/';
      await loadScript(`${bundlePath}pagefind-ui.js`);
      const Real = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
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
