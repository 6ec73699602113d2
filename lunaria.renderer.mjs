/**
 * Lunaria's dashboard without links to a git host: the project's repository is not public, so the links
 * Lunaria builds from `repository.name` would lead nowhere. The statuses themselves are Lunaria's own.
 */
import { defineRendererConfig } from '@lunariajs/core';
import { StatusByFile, StatusByLocale } from '@lunariajs/core/components';

const unlinked = (entry) => ({ ...entry, gitHostingFileURL: '', gitHostingHistoryURL: '' });
const withoutHostLinks = (status) =>
  status.map((file) => ({
    ...file,
    sourceFile: unlinked(file.sourceFile),
    localizations: Object.fromEntries(Object.entries(file.localizations).map(([lang, file]) => [lang, unlinked(file)])),
  }));

export default defineRendererConfig({
  overrides: {
    statusByLocale: (config, status) => StatusByLocale(config, withoutHostLinks(status)),
    // Lunaria 0.1's table closes each row's last cell twice (`</td></td></tr>`); the stray tag is dropped.
    statusByFile: (config, status) =>
      StatusByFile(config, withoutHostLinks(status)).replace(/<\/td>(\s*)<\/td>(\s*<\/tr>)/g, '</td>$2'),
  },
});
