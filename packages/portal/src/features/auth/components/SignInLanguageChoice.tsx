import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import {
  interfaceLanguage,
  languageName,
  loadLanguage,
  parseSiteLanguages,
  rememberDeviceLanguage,
  useKnownSiteLanguages,
  useT,
} from '../../../app/i18n';
import { useLocale } from '../../../ui';

/**
 * The sign-in page's language choice. The public site record does not list a site's languages, so
 * this offers only those the site offered at a signed-in visit from this browser, and nothing when
 * that is one language or unknown (the page then speaks the site's default language). The choice is
 * remembered in this browser.
 */
export function SignInLanguageChoice({
  siteCode,
  onChosen,
}: {
  siteCode: string;
  onChosen?: (locale: string) => void;
}) {
  const languages = parseSiteLanguages(useKnownSiteLanguages(siteCode));
  const current = useLocale();
  const t = useT();
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  if (languages.length < 2) return null;

  async function choose(locale: string) {
    setPending(locale);
    setFailed(false);
    try {
      await loadLanguage(interfaceLanguage(locale));
      rememberDeviceLanguage(locale);
      onChosen?.(locale);
    } catch {
      setFailed(true);
    } finally {
      setPending(null);
    }
  }

  return (
    <Group justify="center" gap={4} role="group" aria-label={t('Language')}>
      {languages.map((locale) => (
        <Button
          key={locale}
          size="compact-sm"
          variant={locale === current ? 'light' : 'subtle'}
          aria-pressed={locale === current}
          lang={locale}
          loading={pending === locale}
          onClick={() => void (locale === current ? undefined : choose(locale))}
        >
          {languageName(locale)}
        </Button>
      ))}
      {failed ? (
        <Text size="xs" c="red" role="alert" w="100%" ta="center">
          {t('The language could not be loaded. Check your connection and try again.')}
        </Text>
      ) : null}
    </Group>
  );
}
