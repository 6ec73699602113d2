/**
 * Fills `{{name}}` placeholders of a UI string. Values are plain text, escaped by whatever renders the
 * result (Astro, React); i18next's own interpolation would HTML-escape them a second time.
 */
export function fill(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name] ?? '') : whole,
  );
}
