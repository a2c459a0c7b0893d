import { useSyncExternalStore } from 'react';

/**
 * What this browser remembers about languages, so signed-out pages can speak the person's language:
 * the interface language last shown here, and the languages each site offered at its last signed-in
 * visit (the public site record does not list them). Storage may be unavailable (private modes,
 * policies): then nothing is remembered and the site's default language is used.
 */
const LANGUAGE_KEY = 'portway.language';
const siteKey = (siteCode: string) => `portway.siteLanguages.${siteCode}`;

const listeners = new Set<() => void>();
const memory = new Map<string, string | null>();

function read(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  let value: string | null = null;
  try {
    value = window.localStorage.getItem(key);
  } catch {
    // storage unavailable: remember nothing
  }
  memory.set(key, value);
  return value;
}

function write(key: string, value: string) {
  if (read(key) === value) return;
  memory.set(key, value);
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // storage unavailable or full: keep it for this page only
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The interface language last shown in this browser, or null. */
export function readDeviceLanguage(): string | null {
  return read(LANGUAGE_KEY);
}

export function rememberDeviceLanguage(locale: string): void {
  write(LANGUAGE_KEY, locale);
}

/** Languages a site offered at the last signed-in visit from this browser (a comma-separated list). */
function readSiteLanguagesRaw(siteCode: string): string | null {
  return read(siteKey(siteCode));
}

export function rememberSiteLanguages(siteCode: string, locales: readonly string[]): void {
  write(siteKey(siteCode), locales.join(','));
}

export function parseSiteLanguages(raw: string | null): string[] {
  return raw ? raw.split(',').filter(Boolean) : [];
}

/** The remembered language, re-rendering when it changes. */
export function useDeviceLanguage(): string | null {
  return useSyncExternalStore(subscribe, readDeviceLanguage, () => null);
}

/** The languages a site is known to offer (empty when never seen signed in), as a stable string. */
export function useKnownSiteLanguages(siteCode: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readSiteLanguagesRaw(siteCode),
    () => null,
  );
}

/**
 * The language of a site's signed-out pages: the one last used in this browser when the site is known
 * to offer it, else the site's default.
 */
export function signedOutLanguage(
  device: string | null,
  knownSiteLanguages: readonly string[],
  siteDefault: string,
): string {
  return device && knownSiteLanguages.includes(device) ? device : siteDefault;
}
