import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { describeError } from '../../../app/errors';
import { interfaceLanguage, loadLanguage, useT } from '../../../app/i18n';
import { graphql } from '../../../gql';

export const SetLocaleMutation = graphql(`
  mutation SetLocale($locale: String) {
    setLocale(locale: $locale) {
      locale
      chosenLocale
    }
  }
`);

/**
 * Changes the signed-in person's language: fetches its dictionary first (so the page switches in one
 * go, with no flash of English), saves the choice, then refetches every query on screen, since product
 * names, descriptions and categories come back in the new language.
 */
export function useSetLocale() {
  const client = useApolloClient();
  const [setLocale] = useMutation(SetLocaleMutation);
  const t = useT();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = useCallback(
    async (locale: string) => {
      setPending(locale);
      setError(null);
      try {
        try {
          await loadLanguage(interfaceLanguage(locale));
        } catch {
          setError(t('The language could not be loaded. Check your connection and try again.'));
          return;
        }
        try {
          await setLocale({ variables: { locale } });
        } catch (err) {
          setError(describeError(err, t));
          return;
        }
        try {
          // Includes the site root query, whose `viewer.locale` switches the interface language.
          await client.refetchQueries({ include: 'active' });
        } catch {
          setError(t('Your language was saved, but this page could not be refreshed. Reload the page.'));
        }
      } finally {
        setPending(null);
      }
    },
    [client, setLocale, t],
  );

  return { choose, pending, error };
}
