// Declares one feature's interface text in Thai and English; the English side must have exactly the Thai keys.
export const LANGS = ['th', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function defineMessages<T extends Record<string, string>>(m: {
  th: T;
  en: { [K in keyof T]: string };
}) {
  return m;
}
