import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useT } from '../app/i18n';

export interface ErrorStateProps {
  title?: string;
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
}

/** An error the person can see and act on (retry), announced to assistive technology. */
export function ErrorState({ title, message, onRetry, retrying = false }: ErrorStateProps) {
  const t = useT();
  return (
    <Alert color="red" variant="light" title={title ?? t('Something went wrong')} role="alert">
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        {onRetry ? (
          <Group>
            <Button size="xs" variant="outline" color="red" onClick={onRetry} loading={retrying}>
              {t('Try again')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
