import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { useWishlistActions } from '../hooks/use-wishlists';

const MAX_NAME = 100;

/** "New list" or "Rename list": a name, unique in the account (the server says when it is taken). */
export function ListNameDialog({
  wishlist,
  onClose,
  onSaved,
}: {
  /** The list to rename; none to create one. */
  wishlist?: { id: string; name: string };
  onClose: () => void;
  onSaved: (saved: { id: string; name: string }) => void;
}) {
  const t = useT();
  const actions = useWishlistActions();
  const [name, setName] = useState(wishlist?.name ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const saving = actions.creating || actions.renaming;

  async function save() {
    const trimmed = name.trim();
    if (!trimmed) {
      setProblem(t('Give the list a name.'));
      return;
    }
    if (wishlist && trimmed === wishlist.name) {
      onClose();
      return;
    }
    setProblem(null);
    const outcome = wishlist ? await actions.rename(wishlist.id, trimmed) : await actions.create(trimmed);
    if (outcome.kind === 'saved') onSaved({ id: outcome.wishlistId, name: trimmed });
    else setProblem(outcome.message);
  }

  return (
    <Modal opened onClose={onClose} title={wishlist ? t('Rename list') : t('New list')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('List name')}
            description={t('Everyone who orders for the account sees its lists.')}
            placeholder={t('e.g. Weekly espresso restock')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setProblem(null);
            }}
            maxLength={MAX_NAME}
            required
            data-autofocus
            error={problem ?? undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('Cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {wishlist ? t('Rename') : t('Create list')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
