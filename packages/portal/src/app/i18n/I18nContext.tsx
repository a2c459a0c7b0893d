import {
  createContext,
  Fragment,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  interfaceLanguage,
  languageStatus,
  loadLanguage,
  SOURCE_LANGUAGE,
  subscribeLanguages,
  translatorFor,
} from './languages';
import { splitPlaceholders, type TFunction } from './translate';

export interface I18n {
  /** The interface language being shown, e.g. `en-US` or `fr-CA`. */
  language: string;
  /** Translates English text, filling `{name}` placeholders from `vars`. */
  t: TFunction;
  /**
   * Picks the singular or plural text for a count by the language's rules (in French 0 and 1 are
   * singular), e.g. `plural(n, one, other)` with both texts from `t` and a `{count}` placeholder.
   */
  plural: (count: number, one: string, other: string) => string;
}

const cache = new Map<string, I18n>();

/** One stable I18n value per loaded language (so consumers re-render only when the language changes). */
function i18nFor(language: string): I18n {
  if (languageStatus(language) !== 'ready') language = SOURCE_LANGUAGE; // never cache English under another name
  let value = cache.get(language);
  if (!value) {
    const rules = new Intl.PluralRules(language);
    value = {
      language,
      t: translatorFor(language),
      plural: (count, one, other) => (rules.select(count) === 'one' ? one : other),
    };
    cache.set(language, value);
  }
  return value;
}

export const I18nContext = createContext<I18n>(i18nFor(SOURCE_LANGUAGE));

/** The interface language and its helpers. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** `t(english, vars?)` of the interface language. */
export function useT(): TFunction {
  return useContext(I18nContext).t;
}

/**
 * The I18n to show for a locale, loading its dictionary when needed. While a dictionary loads, the
 * language shown before stays (no flash of English when switching); null only when nothing has been
 * shown yet (the first load), so the caller can wait. A dictionary that fails to load gives English.
 */
export function useLanguage(locale: string | null | undefined): I18n | null {
  const wanted = interfaceLanguage(locale);
  const status = useSyncExternalStore(
    subscribeLanguages,
    () => languageStatus(wanted),
    () => languageStatus(wanted),
  );
  const settled = status === 'ready' ? wanted : status === 'failed' ? SOURCE_LANGUAGE : null;
  const [shown, setShown] = useState<string | null>(settled);
  if (settled && settled !== shown) setShown(settled); // remember it while the next one loads
  useEffect(() => {
    if (status === 'idle') loadLanguage(wanted).catch(() => undefined); // failure shows English
  }, [wanted, status]);
  const language = settled ?? shown;
  return language ? i18nFor(language) : null;
}

/** Provides the interface language for a locale; English is shown until its dictionary has loaded. */
export function I18nProvider({ locale, children }: { locale: string | null; children: ReactNode }) {
  const i18n = useLanguage(locale) ?? i18nFor(SOURCE_LANGUAGE);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/**
 * A translated text with elements in it: its `{name}` placeholders are replaced by `nodes` (a link,
 * a `<DateText>`, …), e.g. `withNodes(text, { date: <DateText … />, account })`.
 */
export function withNodes(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  return splitPlaceholders(text, nodes).map((part, i) => <Fragment key={i}>{part}</Fragment>);
}
