/// <reference path="../node_modules/@astrojs/starlight/dist/global.d.ts" />

// The project's UI keys are known to Starlight's `t()`, so a missing key is a type error.
declare namespace StarlightApp {
  type UIStrings = typeof import('./content/i18n/en.json');
  interface I18n extends UIStrings {}
}
