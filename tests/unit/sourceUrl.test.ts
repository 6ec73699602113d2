/** Sources at the foot of each page lead to Adobe's page in the reader's language where Adobe has one. */
import { describe, expect, it } from 'vitest';
import { localizedSourceUrl } from '~/links/sourceUrl.ts';

describe("a source's address in the reader's language", () => {
  const league = 'https://experienceleague.adobe.com/en/docs/campaign/campaign-v8/send/monitor/quarantines';
  const oldLeague =
    'https://experienceleague.adobe.com/docs/campaign/campaign-v8/send/emails/send.html#email-feedback-service';
  const repo = 'https://github.com/AdobeDocs/campaign-classic.en/blob/main/help/rn/using/release-2021.md';

  it('puts the language in the path of an Experience League address', () => {
    expect(localizedSourceUrl(league, 'fr').url).toBe(
      'https://experienceleague.adobe.com/fr/docs/campaign/campaign-v8/send/monitor/quarantines',
    );
    expect(localizedSourceUrl(league, 'zh-cn').url).toContain('/zh-hans/docs/');
  });

  it('adds ?lang= to an older Experience League address and keeps its section', () => {
    expect(localizedSourceUrl(oldLeague, 'ko').url).toBe(
      'https://experienceleague.adobe.com/docs/campaign/campaign-v8/send/emails/send.html?lang=ko#email-feedback-service',
    );
    expect(localizedSourceUrl(oldLeague, 'zh-cn').url).toContain('?lang=zh-Hans');
  });

  it("points to Adobe's localized documentation repository", () => {
    expect(localizedSourceUrl(repo, 'es').url).toBe(
      'https://github.com/AdobeDocs/campaign-classic.es-ES/blob/main/help/rn/using/release-2021.md',
    );
  });

  it('keeps English-only sources as they are, and says so', () => {
    expect(localizedSourceUrl('https://www.rfc-editor.org/rfc/rfc5321', 'fr')).toEqual({
      url: 'https://www.rfc-editor.org/rfc/rfc5321',
      inReaderLanguage: false,
    });
    expect(localizedSourceUrl(league, 'root')).toEqual({ url: league, inReaderLanguage: true });
  });
});
