import { Center, Container, Loader, Stack, Text } from '@mantine/core';
import { ErrorState } from '../../ui';
import { useT } from '../i18n';

/** Whole-page loading indicator used before the site's branding is known. */
export function FullPageLoading({ label }: { label?: string }) {
  const t = useT();
  return (
    <Center mih="100vh" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden="true" />
        <Text size="sm" c="dimmed">
          {label ?? t('Loading Portway…')}
        </Text>
      </Stack>
    </Center>
  );
}

/** Whole-page error with a retry, used when nothing else on the page can render. */
export function FullPageError({
  message,
  onRetry,
  retrying,
}: {
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  const t = useT();
  return (
    <Container size="sm" py="xl" component="main">
      <h1 style={{ fontSize: 24 }}>{t('Portway is unavailable')}</h1>
      <ErrorState
        title={t('We couldn’t load this page')}
        message={message}
        onRetry={onRetry}
        retrying={retrying}
      />
    </Container>
  );
}
