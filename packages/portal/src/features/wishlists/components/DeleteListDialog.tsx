import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { useWishlistActions } from '../hooks/use-wishlists';

/** Confirms deleting a list and its items (the products themselves stay in the catalog). */
export function DeleteListDialog({
  wishlist,
  onClose,
  onDeleted,
}: {
  wishlist: { id: string; name: string; itemCount: number };
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t, plural } = useI18n();
  const actions = useWishlistActions();
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setProblem(null);
    const outcome = await actions.remove(wishlist.id);
    if (outcome.ok) onDeleted();
    else setProblem(outcome.message);
  }

  return (
    <Modal opened onClose={onClose} title={t('Delete “{name}”?', { name: wishlist.name })}>
      <Stack gap="sm">
        <Text size="sm">
          {plural(
            wishlist.itemCount,
            t('The list and its {count} item are deleted for everyone in the account.', {
              count: wishlist.itemCount,
            }),
            t('The list and its {count} items are deleted for everyone in the account.', {
              count: wishlist.itemCount,
            }),
          )}
        </Text>
        {problem ? (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('Keep the list')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={actions.deleting}>
            {t('Delete list')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
