import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, withNodes } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { useFragment, type FragmentType } from '../../../gql';
import { DateText, EmptyState, ErrorState, LoadingSkeleton, PageHeader } from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { ChooseAccountPrompt } from '../../home/components/ChooseAccountPrompt';
import { DeleteListDialog } from '../components/DeleteListDialog';
import { ListNameDialog } from '../components/ListNameDialog';
import { WishlistFieldsFragment, WishlistsQuery } from '../hooks/use-wishlists';
import { wishlistPath } from '../wishlist-paths';

type Dialog =
  | { kind: 'create' }
  | { kind: 'rename'; id: string; name: string }
  | { kind: 'delete'; id: string; name: string; itemCount: number };

/** `/:siteCode/lists`: the account's lists of products to order again, shared by its people. */
export function WishlistsPage() {
  const { t } = useI18n();
  const { viewer } = useShell();
  if (!viewer.effectiveAccount)
    return (
      <>
        <PageHeader title={t('Lists')} />
        <ChooseAccountPrompt />
      </>
    );
  return <Lists />;
}

function Lists() {
  const { t } = useI18n();
  const { siteCode } = useShell();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(WishlistsQuery, { notifyOnNetworkStatusChange: true });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title={t('Lists')}
        description={t('Products your account orders often, ready to add to the cart in one go.')}
        actions={<Button onClick={() => setDialog({ kind: 'create' })}>{t('New list')}</Button>}
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
      </div>
      {!data ? (
        error ? (
          <ErrorState
            title={t('We couldn’t load your lists')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : (
          <LoadingSkeleton label={t('Loading lists…')} variant="cards" count={4} />
        )
      ) : data.wishlists.length === 0 ? (
        <EmptyState
          title={t('No lists yet')}
          description={t('Create a list here, or use “Add to list” on a product’s page.')}
          action={<Button onClick={() => setDialog({ kind: 'create' })}>{t('New list')}</Button>}
        />
      ) : (
        <SimpleGrid
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="md"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {data.wishlists.map((list) => (
            <ListCard
              key={list.id}
              list={list}
              onRename={(name) => setDialog({ kind: 'rename', id: list.id, name })}
              onDelete={(name, itemCount) => setDialog({ kind: 'delete', id: list.id, name, itemCount })}
            />
          ))}
        </SimpleGrid>
      )}
      {dialog?.kind === 'create' || dialog?.kind === 'rename' ? (
        <ListNameDialog
          wishlist={dialog.kind === 'rename' ? dialog : undefined}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            if (dialog.kind === 'create') void navigate(wishlistPath(siteCode, saved.id));
            else setNotice(t('List renamed to “{name}”.', { name: saved.name }));
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteListDialog
          wishlist={dialog}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            setDialog(null);
            setNotice(t('List “{name}” deleted.', { name: dialog.name }));
          }}
        />
      ) : null}
    </>
  );
}

function ListCard({
  list: ref,
  onRename,
  onDelete,
}: {
  list: FragmentType<typeof WishlistFieldsFragment>;
  onRename: (name: string) => void;
  onDelete: (name: string, itemCount: number) => void;
}) {
  const { t, plural } = useI18n();
  const { siteCode } = useShell();
  const { number } = useFormat();
  const list = useFragment(WishlistFieldsFragment, ref);
  const count = list.items.length;
  const headingId = `list-${list.id}`;
  return (
    <Card component="li" withBorder radius="md" padding="md" aria-labelledby={headingId}>
      <Stack gap={4} mb="sm">
        <Title order={2} fz="md" id={headingId}>
          <Anchor component={Link} to={wishlistPath(siteCode, list.id)} inherit>
            {list.name}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed">
          {plural(
            count,
            t('{count} product', { count: number(count) }),
            t('{count} products', { count: number(count) }),
          )}
          {' · '}
          {withNodes(t('changed {date}'), { date: <DateText value={list.updatedAt} /> })}
        </Text>
        {count ? (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {list.items
              .slice(0, 4)
              .map((i) => i.product.name)
              .join(', ')}
            {count > 4 ? '…' : ''}
          </Text>
        ) : null}
      </Stack>
      <Group gap="xs" mt="auto">
        <Button component={Link} to={wishlistPath(siteCode, list.id)} size="xs" variant="light">
          {t('Open')}
          <VisuallyHidden component="span"> {list.name}</VisuallyHidden>
        </Button>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => onRename(list.name)}
          aria-label={t('Rename {name}', { name: list.name })}
        >
          {t('Rename')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => onDelete(list.name, count)}
          aria-label={t('Delete {name}', { name: list.name })}
        >
          {t('Delete')}
        </Button>
      </Group>
    </Card>
  );
}
