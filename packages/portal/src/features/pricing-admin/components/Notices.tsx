import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useI18n, useT } from '../../../app/i18n';
import type { Problem } from './problems';

/** A success message that stays until closed or replaced, announced politely. */
export function SavedNotice({ message, onClose }: { message: string | null; onClose: () => void }) {
  const t = useT();
  return (
    <div aria-live="polite">
      {message ? (
        <Alert
          role="status"
          color="green"
          variant="light"
          mb="md"
          withCloseButton
          closeButtonLabel={t('Dismiss')}
          onClose={onClose}
        >
          {message}
        </Alert>
      ) : null}
    </div>
  );
}

/** The record changed on the server since it was opened: nothing was saved; offer to reload it. */
export function StaleEditAlert({ onReload, reloading }: { onReload: () => void; reloading?: boolean }) {
  const t = useT();
  return (
    <Alert color="yellow" variant="light" role="alert" title={t('Someone else changed this')} mb="md">
      <Stack gap="sm">
        <Text size="sm">
          {t(
            'It was changed after you opened it, so your changes were not saved. Reload to see the current version, then make your changes again.',
          )}
        </Text>
        <Group>
          <Button size="xs" variant="outline" color="yellow" onClick={onReload} loading={reloading}>
            {t('Reload')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * The server refused the input: how many problems, and those no field shows by itself (the others are
 * shown at their fields).
 */
export function ProblemSummary({ count, unplaced }: { count: number; unplaced: readonly Problem[] }) {
  const { t, plural } = useI18n();
  return (
    <Alert color="red" variant="light" role="alert" title={t('Nothing was saved')} mb="md">
      <Text size="sm">
        {plural(
          count,
          t('{count} problem needs fixing.', { count }),
          t('{count} problems need fixing.', { count }),
        )}
        {count > unplaced.length ? ` ${t('See the marked fields.')}` : ''}
      </Text>
      {unplaced.length ? (
        <List size="sm" mt="xs">
          {unplaced.map((p, i) => (
            <List.Item key={`${p.field}-${i}`}>{p.message}</List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
