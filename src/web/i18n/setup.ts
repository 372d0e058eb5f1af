import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../auth/user.ts';
import en from './en.json';
import { type Messages, mergeMessages } from './merge-messages.ts';
import zhCN from './zh-CN.json';

// Each area of the method ships its own texts (src/web/i18n/<area>.en.json, …);
// they are merged over the shell's so that every reason and vocabulary appears.
const areaEn = import.meta.glob<Messages>('./*.en.json', { eager: true, import: 'default' });
const areaZh = import.meta.glob<Messages>('./*.zh-CN.json', { eager: true, import: 'default' });

const sorted = (files: Record<string, Messages>) =>
  Object.keys(files)
    .sort()
    .map((path) => files[path] as Messages);

export const locales: readonly Locale[] = ['en', 'zh-CN'];
const storageKey = 'abreast.locale';

/** The language chosen on this device, if any. */
export function storedLocale(): Locale | null {
  const value = globalThis.localStorage?.getItem(storageKey);
  return value === 'en' || value === 'zh-CN' ? value : null;
}

export function asLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Switch the interface language and remember it on this device. */
export async function applyLocale(locale: Locale, remember = true): Promise<void> {
  if (remember) globalThis.localStorage?.setItem(storageKey, locale);
  document.documentElement.lang = locale;
  await i18n.changeLanguage(locale);
}

const initial = storedLocale() ?? asLocale(globalThis.navigator?.language);
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: {
    en: { translation: mergeMessages(en, ...sorted(areaEn)) },
    'zh-CN': { translation: mergeMessages(zhCN, ...sorted(areaZh)) },
  },
  lng: initial,
  fallbackLng: 'en',
  supportedLngs: locales as Locale[],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
