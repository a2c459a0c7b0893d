import { createTranslator, type Messages, type TFunction } from './translate';

/** English is the source language: its text is the key, so it needs no dictionary. */
export const SOURCE_LANGUAGE = 'en-US';

/**
 * Dictionaries of the other interface languages, each its own chunk loaded only when that language
 * is shown: English users download none of them.
 */
const dictionaries: Record<string, () => Promise<Messages>> = {
  'fr-CA': () => import('./fr-CA').then((m) => m.frCA),
};

/** Every language the interface can be shown in. */
export const interfaceLanguages: readonly string[] = [SOURCE_LANGUAGE, ...Object.keys(dictionaries)];

/** Each language by its own name, as people look for it in a language menu. */
const ownNames: Record<string, string> = {
  'en-US': 'English',
  'fr-CA': 'Français (Canada)',
};

export function languageName(locale: string): string {
  return ownNames[locale] ?? locale;
}

/**
 * The interface language for a locale: the locale itself when there is a dictionary for it, else one
 * of the same language (`fr`, `fr-FR` → `fr-CA`), else English.
 */
export function interfaceLanguage(locale: string | null | undefined): string {
  if (!locale) return SOURCE_LANGUAGE;
  if (interfaceLanguages.includes(locale)) return locale;
  const base = locale.split('-')[0]!.toLowerCase();
  return interfaceLanguages.find((l) => l.split('-')[0] === base) ?? SOURCE_LANGUAGE;
}

export type LanguageStatus = 'idle' | 'loading' | 'ready' | 'failed';

interface Entry {
  status: LanguageStatus;
  promise?: Promise<void>;
  t?: TFunction;
}

const english = createTranslator(null);
const entries = new Map<string, Entry>([[SOURCE_LANGUAGE, { status: 'ready', t: english }]]);
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Subscribes to dictionary loads (for useSyncExternalStore). */
export function subscribeLanguages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function languageStatus(language: string): LanguageStatus {
  return entries.get(language)?.status ?? 'idle';
}

/** The `t` of a loaded language; English for one that is not loaded (yet). */
export function translatorFor(language: string): TFunction {
  return entries.get(language)?.t ?? english;
}

/**
 * Loads a language's dictionary once (a failed load is tried again on the next call). Resolves when
 * the language can be shown; rejects when its chunk could not be fetched.
 */
export function loadLanguage(language: string): Promise<void> {
  const entry = entries.get(language);
  if (entry?.status === 'ready') return Promise.resolve();
  if (entry?.status === 'loading') return entry.promise!;
  const load = dictionaries[language];
  if (!load) return Promise.reject(new Error(`No dictionary for ${language}`));
  const promise = load().then(
    (messages) => {
      entries.set(language, { status: 'ready', t: createTranslator(messages) });
      notify();
    },
    (error: unknown) => {
      entries.set(language, { status: 'failed' });
      notify();
      throw error;
    },
  );
  entries.set(language, { status: 'loading', promise });
  notify();
  return promise;
}
