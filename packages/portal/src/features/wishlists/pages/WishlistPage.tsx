import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, withNodes } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { useFragment, type FragmentType } from '../../../gql';
import { DateText, EmptyState, ErrorState, LoadingSkeleton, PageHeader, ScrollX } from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { ChooseAccountPrompt } from '../../home/components/ChooseAccountPrompt';
import { LinesAddedNotice } from '../../orders/components/LinesAddedNotice';
import type { LinesAddedOutcome } from '../../orders/hooks/use-reorder';
import { DeleteListDialog } from '../components/DeleteListDialog';
import { ListNameDialog } from '../components/ListNameDialog';
import { WishlistItemQuantity } from '../components/WishlistItemQuantity';
import { useWishlistActions, WishlistFieldsFragment, WishlistsQuery } from '../hooks/use-wishlists';
import { wishlistsPath } from '../wishlist-paths';

/**
 * `/:siteCode/lists/:listId`: one list's products and quantities (edited in place), added to the cart all
 * or by choice.
 */
export function WishlistPage() {
  const { t } = useI18n();
  const { siteCode, viewer } = useShell();
  const { listId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WishlistsQuery, {
    skip: !viewer.effectiveAccount,
    notifyOnNetworkStatusChange: true,
  });
  const back = (
    <Anchor component={Link} to={wishlistsPath(siteCode)} size="sm">
      ← {t('All lists')}
    </Anchor>
  );
  if (!viewer.effectiveAccount)
    return (
      <>
        <PageHeader title={t('List')} above={back} />
        <ChooseAccountPrompt />
      </>
    );
  if (!data) {
    if (error)
      return (
        <>
          <PageHeader title={t('List')} above={back} />
          <ErrorState
            title={t('We couldn’t load this list')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        </>
      );
    return <LoadingSkeleton label={t('Loading the list…')} count={8} />;
  }
  const list = data.wishlists.find((l) => l.id === listId);
  if (!list)
    return (
      <>
        <PageHeader title={t('List not found')} above={back} />
        <EmptyState
          title={t('We can’t find this list')}
          description={t('It may have been deleted, or it belongs to another account.')}
          action={
            <Anchor component={Link} to={wishlistsPath(siteCode)}>
              {t('Go to your lists')}
            </Anchor>
          }
        />
      </>
    );
  return <ListView key={list.id} list={list} back={back} />;
}

function ListView({
  list: ref,
  back,
}: {
  list: FragmentType<typeof WishlistFieldsFragment>;
  back: React.ReactNode;
}) {
  const { t, plural } = useI18n();
  const { siteCode } = useShell();
  const { number } = useFormat();
  const navigate = useNavigate();
  const list = useFragment(WishlistFieldsFragment, ref);
  const actions = useWishlistActions();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const [added, setAdded] = useState<LinesAddedOutcome | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Items removed meanwhile (by someone else) drop out of the selection.
  const chosen = list.items.filter((i) => selected.has(i.id)).map((i) => i.id);
  const allChosen = list.items.length > 0 && chosen.length === list.items.length;

  async function toCart(itemIds: string[] | null) {
    setAdded(null);
    setNotice(null);
    setAdded(await actions.addToCart(list.id, itemIds));
  }

  async function removeItems(itemIds: string[], what: string) {
    setProblem(null);
    setNotice(null);
    const outcome = await actions.removeItems(list.id, itemIds);
    if (outcome.kind === 'saved') {
      setSelected((s) => new Set([...s].filter((id) => !itemIds.includes(id))));
      setNotice(what);
    } else setProblem(outcome.message);
  }

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const count = list.items.length;

  return (
    <>
      <PageHeader
        above={back}
        title={list.name}
        description={
          <>
            {plural(
              count,
              t('{count} product', { count: number(count) }),
              t('{count} products', { count: number(count) }),
            )}
            {' · '}
            {withNodes(t('changed {date}'), { date: <DateText value={list.updatedAt} withTime /> })}
          </>
        }
        actions={
          <>
            <Button variant="default" onClick={() => setDialog('rename')}>
              {t('Rename')}
            </Button>
            <Button variant="outline" color="red" onClick={() => setDialog('delete')}>
              {t('Delete list')}
            </Button>
          </>
        }
      />
      <div aria-live="polite">
        {notice ? (
          <Alert
            color="green"
            variant="light"
            role="status"
            mb="md"
            withCloseButton
            closeButtonLabel={t('Dismiss')}
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        ) : null}
        {added ? (
          <LinesAddedNotice siteCode={siteCode} outcome={added} onClose={() => setAdded(null)} />
        ) : null}
      </div>
      {problem ? (
        <Alert color="red" variant="light" role="alert" mb="md" title={t('Nothing was changed')}>
          {problem}
        </Alert>
      ) : null}

      {count === 0 ? (
        <EmptyState
          title={t('This list is empty')}
          description={t('Add products below by SKU, or use “Add to list” on a product’s page.')}
        />
      ) : (
        <>
          <Group gap="sm" mb="sm" wrap="wrap">
            <Button onClick={() => void toCart(null)} loading={actions.addingToCart && chosen.length === 0}>
              {t('Add all to cart')}
            </Button>
            <Button
              variant="light"
              onClick={() => void toCart(chosen)}
              disabled={chosen.length === 0}
              loading={actions.addingToCart && chosen.length > 0}
            >
              {t('Add selected to cart ({count})', { count: chosen.length })}
            </Button>
            <Button
              variant="subtle"
              color="red"
              disabled={chosen.length === 0}
              loading={actions.removing && chosen.length > 0}
              onClick={() =>
                void removeItems(
                  chosen,
                  plural(
                    chosen.length,
                    t('{count} product removed from the list.', { count: chosen.length }),
                    t('{count} products removed from the list.', { count: chosen.length }),
                  ),
                )
              }
            >
              {t('Remove selected')}
            </Button>
          </Group>
          <ScrollX minWidth={340} label={t('Products on this list')}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label={t('Select every product')}
                      checked={allChosen}
                      indeterminate={chosen.length > 0 && !allChosen}
                      onChange={(e) =>
                        setSelected(
                          e.currentTarget.checked ? new Set(list.items.map((i) => i.id)) : new Set(),
                        )
                      }
                    />
                  </Table.Th>
                  <Table.Th scope="col">{t('Product')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('Qty')}
                  </Table.Th>
                  <Table.Th scope="col" visibleFrom="sm">
                    {t('Added')}
                  </Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('Actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('Select {name}', { name: item.product.name })}
                        checked={selected.has(item.id)}
                        onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/${siteCode}/products/${encodeURIComponent(item.product.id)}`}
                        size="sm"
                      >
                        {item.product.name}
                      </Anchor>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {item.product.sku}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <WishlistItemQuantity
                        productName={item.product.name}
                        quantity={item.quantity}
                        onSave={(quantity) => actions.setQuantity(list.id, item.id, quantity)}
                      />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">
                      <DateText value={item.addedAt} />
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() =>
                          void removeItems(
                            [item.id],
                            t('{name} removed from the list.', { name: item.product.name }),
                          )
                        }
                        aria-label={t('Remove {name}', { name: item.product.name })}
                      >
                        {t('Remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollX>
        </>
      )}
      <AddBySku wishlistId={list.id} onAdded={(message) => setNotice(message)} />

      {dialog === 'rename' ? (
        <ListNameDialog
          wishlist={list}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setNotice(t('List renamed to “{name}”.', { name: saved.name }));
          }}
        />
      ) : null}
      {dialog === 'delete' ? (
        <DeleteListDialog
          wishlist={{ id: list.id, name: list.name, itemCount: count }}
          onClose={() => setDialog(null)}
          onDeleted={() => void navigate(wishlistsPath(siteCode), { replace: true })}
        />
      ) : null}
    </>
  );
}

/** Adds a product by its SKU (a product already on the list gets the quantity added). */
function AddBySku({ wishlistId, onAdded }: { wishlistId: string; onAdded: (message: string) => void }) {
  const { t } = useI18n();
  const actions = useWishlistActions();
  const [sku, setSku] = useState('');
  const [quantity, setQuantity] = useState<number | ''>(1);
  const [problem, setProblem] = useState<{ field: 'sku' | 'quantity'; message: string } | null>(null);

  async function add() {
    const code = sku.trim();
    if (!code) return setProblem({ field: 'sku', message: t('Enter a SKU.') });
    if (quantity === '' || quantity < 1)
      return setProblem({ field: 'quantity', message: t('Enter a quantity of 1 or more.') });
    setProblem(null);
    const outcome = await actions.addItem(wishlistId, code, quantity);
    if (outcome.kind === 'saved') {
      setSku('');
      setQuantity(1);
      onAdded(t('{sku} added to the list.', { sku: code }));
    } else
      setProblem({
        field: outcome.kind === 'invalid' && outcome.field === 'quantity' ? 'quantity' : 'sku',
        message: outcome.message,
      });
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      mt="lg"
      component="form"
      aria-label={t('Add a product to this list')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('Add a product to this list')}
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('SKU')}
            value={sku}
            onChange={(e) => setSku(e.currentTarget.value)}
            maxLength={100}
            autoComplete="off"
            error={problem?.field === 'sku' ? problem.message : undefined}
            w={{ base: '100%', xs: 220 }}
          />
          <NumberInput
            label={t('Quantity')}
            value={quantity}
            onChange={(v) => setQuantity(typeof v === 'number' ? v : v === '' ? '' : Number(v))}
            min={1}
            max={1_000_000}
            allowDecimal={false}
            allowNegative={false}
            error={problem?.field === 'quantity' ? problem.message : undefined}
            w={{ base: '100%', xs: 140 }}
          />
          <Box pt={{ base: 0, xs: 25 }}>
            <Button type="submit" variant="default" loading={actions.adding}>
              {t('Add to list')}
            </Button>
          </Box>
        </Group>
      </Stack>
    </Paper>
  );
}
