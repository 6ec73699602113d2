/** An embed's own parameters: the language and theme a host asks for, and the height it reports. */
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedRedirect, heightMessage, localeOfLang, themeOf } from '~/embed/options.ts';

const paths = {
  root: '/embed/enhanced-mta-reporting/',
  fr: '/fr/embed/enhanced-mta-reporting/',
  es: '/es/embed/enhanced-mta-reporting/',
  'zh-cn': '/zh-cn/embed/enhanced-mta-reporting/',
  ko: '/ko/embed/enhanced-mta-reporting/',
} as const;

describe('the lang parameter of an embed', () => {
  it('opens the Korean embed at the same step when a host asks for lang=ko', () => {
    expect(embedRedirect('?lang=ko&link=1&machine=x&steps=mta.accepted', '', 'root', paths)).toBe(
      '/ko/embed/enhanced-mta-reporting/?link=1&machine=x&steps=mta.accepted',
    );
  });

  it('takes the language tag in any case (zh-CN, zh-cn) and English as en', () => {
    expect(localeOfLang('zh-CN')).toBe('zh-cn');
    expect(localeOfLang('ZH-cn')).toBe('zh-cn');
    expect(localeOfLang('en')).toBe('root');
    expect(embedRedirect('?lang=en', '#x', 'fr', paths)).toBe('/embed/enhanced-mta-reporting/#x');
  });

  it('stays put for its own language, an unknown language or a hostile value', () => {
    expect(embedRedirect('?lang=fr', '', 'fr', paths)).toBeNull();
    expect(embedRedirect('?lang=de', '', 'fr', paths)).toBeNull();
    expect(embedRedirect('?lang=%2F%2Fevil.example%2F', '', 'fr', paths)).toBeNull();
    expect(embedRedirect('?lang=javascript:alert(1)', '', 'fr', paths)).toBeNull();
    expect(embedRedirect('?lang=<script>', '', 'fr', paths)).toBeNull();
    expect(embedRedirect('', '', 'fr', paths)).toBeNull();
  });
});

describe('the theme parameter of an embed', () => {
  it('accepts light and dark only', () => {
    expect(themeOf('light')).toBe('light');
    expect(themeOf('dark')).toBe('dark');
    expect(themeOf('Dark')).toBeNull();
    expect(themeOf('"><img src=x>')).toBeNull();
    expect(themeOf(null)).toBeNull();
  });
});

describe('the height message an embed posts to its host', () => {
  it('says its type and a whole number of pixels', () => {
    expect(heightMessage(812.2)).toEqual({ type: EMBED_HEIGHT_MESSAGE, height: 813 });
    expect(EMBED_HEIGHT_MESSAGE).toBe('enhanced-mta:height');
  });
});
