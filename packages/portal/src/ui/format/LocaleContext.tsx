import { createContext, useContext } from 'react';

/** The locale used to format money and dates; set once per site/account by the app. */
export const LocaleContext = createContext<string>('en-US');

export function useLocale(): string {
  return useContext(LocaleContext);
}
