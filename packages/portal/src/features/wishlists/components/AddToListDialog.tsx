import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NumberInput, Radio, Skeleton, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { useWishlistActions } from '../hooks/use-wishlists';

const NEW = 'new';

const ListChoicesQuery = graphql(`
  query ListChoices {
    wishlists {
      id
      name
    }
  }
`);

/** Puts a product on one of the account's lists, or on a new one named here. */
export function AddToListDialog({
  sku,
  name,
  quantity: initialQuantity,
  onClose,
  onAdded,
}: {
  sku: string;
  name: string;
  quantity: number;
  onClose: () => void;
  onAdded: (list: { id: string; name: string }) => void;
}) {
  const t = useT();
  const { data, error, loading, refetch } = useQuery(ListChoicesQuery);
  const actions = useWishlistActions();
  const lists = data?.wishlists ?? [];
  const [choice, setChoice] = useState<string | null>(null);
  const chosen = choice ?? (data ? (lists[0]?.id ?? NEW) : null);
  const [newName, setNewName] = useState('');
  const [quantity, setQuantity] = useState<number | ''>(Math.max(1, initialQuantity));
  const [problem, setProblem] = useState<{ field: 'name' | 'quantity' | 'list'; message: string } | null>(
    null,
  );
  const busy = actions.creating || actions.adding;

  async function add() {
    setProblem(null);
    if (quantity === '' || quantity < 1)
      return setProblem({ field: 'quantity', message: t('Enter a quantity of 1 or more.') });
    let list = lists.find((l) => l.id === chosen) ?? null;
    if (chosen === NEW) {
      const listName = newName.trim();
      if (!listName) return setProblem({ field: 'name', message: t('Give the list a name.') });
      const created = await actions.create(listName);
      if (created.kind !== 'saved') return setProblem({ field: 'name', message: created.message });
      list = { id: created.wishlistId, name: listName };
      setChoice(created.wishlistId);
    }
    if (!list) return setProblem({ field: 'list', message: t('Choose a list.') });
    const outcome = await actions.addItem(list.id, sku, quantity);
    if (outcome.kind === 'saved') onAdded(list);
    else
      setProblem({
        field: outcome.kind === 'invalid' && outcome.field === 'quantity' ? 'quantity' : 'list',
        message: outcome.message,
      });
  }

  return (
    <Modal opened onClose={onClose} title={t('Add {name} to a list', { name })}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Stack gap="sm">
          {!data ? (
            error ? (
              <Alert color="red" variant="light" role="alert" title={t('We couldn’t load your lists')}>
                {describeError(error, t)}{' '}
                <Button size="compact-xs" variant="subtle" onClick={() => void refetch()} loading={loading}>
                  {t('Try again')}
                </Button>
              </Alert>
            ) : (
              <Stack gap={6} aria-busy="true" aria-label={t('Loading lists…')}>
                <Skeleton height={18} />
                <Skeleton height={18} width="70%" />
              </Stack>
            )
          ) : (
            <Radio.Group
              label={t('List')}
              value={chosen}
              onChange={setChoice}
              error={problem?.field === 'list' ? problem.message : undefined}
            >
              <Stack gap={6} mt={6}>
                {lists.map((l) => (
                  <Radio key={l.id} value={l.id} label={l.name} />
                ))}
                <Radio value={NEW} label={t('A new list')} />
              </Stack>
            </Radio.Group>
          )}
          {chosen === NEW ? (
            <TextInput
              label={t('List name')}
              placeholder={t('e.g. Weekly espresso restock')}
              value={newName}
              onChange={(e) => setNewName(e.currentTarget.value)}
              maxLength={100}
              required
              data-autofocus
              error={problem?.field === 'name' ? problem.message : undefined}
            />
          ) : null}
          <NumberInput
            label={t('Quantity')}
            value={quantity}
            onChange={(v) => setQuantity(typeof v === 'number' ? v : v === '' ? '' : Number(v))}
            min={1}
            max={1_000_000}
            allowDecimal={false}
            allowNegative={false}
            error={problem?.field === 'quantity' ? problem.message : undefined}
            w={160}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('Cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!data}>
              {t('Add to list')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
