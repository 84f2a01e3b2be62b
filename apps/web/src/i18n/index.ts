import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import base from './en.json';
import exercises from './exercises.en.json';
import practiceClinic from './practice-clinic.en.json';
import practice from './practice.en.json';
import repair from './repair.en.json';
import timed from './timed.en.json';

/** English, one file per area so that areas can grow apart; each file owns its top-level keys. */
export const en = { ...base, ...practice, ...exercises, ...timed, ...repair, ...practiceClinic };

export const defaultNS = 'translation';
export const resources = { en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** Every user-visible string goes through here; English is the first language. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  defaultNS,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export default i18n;
