import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { problemAt, useCartActionsContext } from '../hooks/use-cart-actions';

/** "Save cart as…": puts the cart aside under a name; the next item starts a new active cart. */
export function SaveCartDialog({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const t = useT();
  const actions = useCartActionsContext();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    const trimmed = name.trim();
    if (!trimmed) {
      setProblem(t('Give the cart a name.'));
      return;
    }
    setSaving(true);
    setProblem(null);
    const outcome = await actions.saveAs(trimmed);
    setSaving(false);
    if (outcome.kind === 'updated') onSaved(trimmed);
    else if (outcome.kind === 'invalid')
      setProblem(problemAt(outcome.problems, 'name', 'cartId') ?? outcome.problems[0]?.message ?? null);
    else if (outcome.kind === 'failed') setProblem(outcome.message);
    else onClose();
  }

  return (
    <Modal opened onClose={onClose} title={t('Save cart as…')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('The cart is kept under this name, and your next item starts a new cart.')}
          </Text>
          <TextInput
            label={t('Name')}
            placeholder={t('e.g. Weekly restock')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={100}
            required
            data-autofocus
            error={problem ?? undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('Cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('Save cart')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
