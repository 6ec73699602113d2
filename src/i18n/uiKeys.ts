/** The project's own UI keys, declared once (English is the reference; every locale gives every key). */
import en from '../content/i18n/en.json' with { type: 'json' };

export type UiKey = keyof typeof en;
export const uiKeys = Object.keys(en) as UiKey[];
