import { mkdirSync, writeFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import react from '@astrojs/react';
import starlight from '@astrojs/starlight';
import lunaria from '@lunariajs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { explainerCss } from './src/components/playground/explainerCss.ts';
import { normalizedBase } from './src/hosting/base.ts';
import { hosting } from './src/hosting/integration.ts';
import { locales } from './src/locales.ts';
import { editionIds, logStatuses } from './src/machines/index.ts';
import { frenchTypographyPlugin } from './src/typography/markdownFrenchTypography.ts';

// The status explainer's no-JavaScript rules, one per edition and status of the spec, written where
// the component imports them (a generated file, git-ignored) so they are bundled and hashed like any CSS.
mkdirSync(new URL('./src/styles/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('./src/styles/generated/explainer.css', import.meta.url), explainerCss(editionIds, logStatuses));

/** Sidebar groups: labels per locale; pages are listed by each directory's frontmatter order. */
const group = (directory, label, translations) => ({ label, translations, items: [{ autogenerate: { directory } }] });

// Served under a sub-path (SITE_BASE=/docs/), the site prefixes every link and asset with it.
// SITE_OUT_DIR builds elsewhere than dist/ (the sub-path end-to-end run builds beside the main one).
const base = normalizedBase(process.env.SITE_BASE);

export default defineConfig({
  // Stylesheets stay files: the CSP hashes scripts and Starlight's inline styles, not inlined CSS.
  build: { inlineStylesheets: 'never' },
  site: 'https://enhanced-mta.example.org',
  ...(base ? { base: `${base}/` } : {}),
  ...(process.env.SITE_OUT_DIR ? { outDir: process.env.SITE_OUT_DIR } : {}),
  // Every page carries a Content-Security-Policy with hashes of its scripts and styles; nothing loads
  // from another origin. Embeds add frame-ancestors through public/_headers (a meta tag cannot).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval': Pagefind's search runs WebAssembly in a worker, which a policy sent as a
      // header governs too (a meta tag's policy did not reach the worker, which hid the gap).
      // Inline scripts Astro does not bundle (Starlight's) are hashed from the written pages (src/hosting/csp.ts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Style attributes (Starlight's, Observable Plot's SVG) cannot be hashed; style elements and
      // every script still are. Scripts never get 'unsafe-inline'.
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // French pages get French spacing around punctuation at build time (components typeset their strings).
  markdown: { processor: satteri({ hastPlugins: [frenchTypographyPlugin] }) },
  integrations: [
    starlight({
      title: {
        en: 'Enhanced MTA, step by step',
        fr: 'Le MTA amélioré, pas à pas',
        es: 'El MTA mejorado, paso a paso',
        'zh-CN': '增强型 MTA 逐步解析',
        ko: 'Enhanced MTA 단계별 안내',
      },
      defaultLocale: 'root',
      locales,
      // Untranslated pages would put English into other languages' search: the links validator
      // treats a fallback as an error, and a test checks that every page exists in every locale.
      // Lunaria: /translation-status/ shows which translations are behind their English page (git history).
      // Pages link from the root (/guides/…); under a sub-path the build prefixes them once written,
      // after the validator has run, so links are validated by the build at the root.
      plugins: [
        lunaria({ route: '/translation-status' }),
        ...(base ? [] : [starlightLinksValidator({ errorOnFallbackPages: true, errorOnInvalidHashes: true })]),
      ],
      sidebar: [
        group('guides', 'Guides', { fr: 'Guides', es: 'Guías', 'zh-CN': '指南', ko: '가이드' }),
        group('reporting', 'Reporting', { fr: 'Rapports', es: 'Informes', 'zh-CN': '报告', ko: '보고' }),
        group('playgrounds', 'Playgrounds', {
          fr: 'Simulateurs',
          es: 'Simuladores',
          'zh-CN': '演练场',
          ko: '플레이그라운드',
        }),
        group('reference', 'Reference', { fr: 'Référence', es: 'Referencia', 'zh-CN': '参考', ko: '참고' }),
      ],
      customCss: ['./src/styles/site.css'],
      disable404Route: false,
    }),
    react(),
    hosting({ base }),
  ],
  vite: {
    resolve: {
      alias: [
        { find: '~', replacement: new URL('./src', import.meta.url).pathname },
        // Starlight's search UI loads when a reader opens search, not on every page (src/search/).
        {
          find: /^@pagefind\/default-ui$/,
          replacement: new URL('./src/search/searchUiOnOpen.ts', import.meta.url).pathname,
        },
      ],
    },
    worker: { format: 'es' },
  },
});
