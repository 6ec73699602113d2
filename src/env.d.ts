/// <reference path="../node_modules/@astrojs/starlight/dist/global.d.ts" />

// The project's UI keys are known to Starlight's `t()`, so a missing key is a type error.
declare namespace StarlightApp {
  type UIStrings = typeof import('./content/i18n/en.json');
  interface I18n extends UIStrings {}
}

// Pagefind's UI ships without types; src/search/searchUiOnOpen.ts passes Starlight's options through.
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
  export class PagefindUI {
    constructor(options: Record<string, unknown>);
  }
}
