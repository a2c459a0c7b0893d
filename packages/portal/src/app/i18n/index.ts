// The interface-language runtime. Dictionaries are not exported: each loads on demand (languages.ts).
export { I18nContext, I18nProvider, useI18n, useLanguage, useT, withNodes, type I18n } from './I18nContext';
export {
  interfaceLanguage,
  interfaceLanguages,
  languageName,
  loadLanguage,
  SOURCE_LANGUAGE,
} from './languages';
export type { TFunction, TranslateVars } from './translate';
export {
  parseSiteLanguages,
  rememberDeviceLanguage,
  rememberSiteLanguages,
  signedOutLanguage,
  useDeviceLanguage,
  useKnownSiteLanguages,
} from './device-language';
