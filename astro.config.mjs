import { createHash } from 'node:crypto';
import { satteri } from '@astrojs/markdown-satteri';
import react from '@astrojs/react';
import starlight from '@astrojs/starlight';
import lunaria from '@lunariajs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { starlightInlineScriptHashes } from './src/csp/starlightInlineScripts.ts';
import { locales } from './src/locales.ts';
import { frenchTypographyPlugin } from './src/typography/markdownFrenchTypography.ts';

const islandStyleHash = `sha256-${createHash('sha256').update('astro-island,astro-slot,astro-static-slot{display:contents}').digest('base64')}`;

/** Sidebar groups: labels per locale; pages are listed by each directory's frontmatter order. */
const group = (directory, label, translations) => ({ label, translations, items: [{ autogenerate: { directory } }] });

export default defineConfig({
  site: 'https://enhanced-mta.example.org',
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
      scriptDirective: { hashes: starlightInlineScriptHashes() },
      // Style attributes (Starlight's, Observable Plot's SVG) cannot be hashed; style elements and
      // every script still are. Scripts never get 'unsafe-inline'.
      styleDirective: {
        resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
        // Astro's own island rule (astro-island{display:contents}), which its CSP does not hash yet.
        hashes: [islandStyleHash],
      },
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
      plugins: [
        lunaria({ route: '/translation-status' }),
        starlightLinksValidator({ errorOnFallbackPages: true, errorOnInvalidHashes: true }),
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
  ],
  vite: {
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
    worker: { format: 'es' },
  },
});
