import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../../app/errors';
import { useI18n, withNodes } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { AccountUsersPageQuery } from '../../../gql/graphql';
import {
  EmptyState,
  ErrorState,
  LoadingSkeleton,
  Money,
  PageHeader,
  ScrollX,
  formatMoney,
  useLocale,
} from '../../../ui';
import { ChooseAccountPrompt } from '../../home/components/ChooseAccountPrompt';
import { checkOrderLimit, decimalMarkOf, sameAmount } from '../components/order-limit';
import { roleLabel } from '../components/role-labels';
import { useSetOrderLimit } from '../hooks/use-set-order-limit';

const AccountUsersPageQuery = graphql(`
  query AccountUsersPage {
    accountUsers {
      id
      name
      email
      roles
      orderLimit {
        amount
        currency
      }
    }
  }
`);

type AccountUser = AccountUsersPageQuery['accountUsers'][number];

/**
 * `/:siteCode/account/users`: the effective account's users with their roles and order limits. Buyer
 * admins change the limits (orders above one wait for their approval); the seller's people see them.
 */
export function AccountUsersPage() {
  const { t } = useI18n();
  const { viewer } = useShell();
  const account = viewer.effectiveAccount;
  const isBuyerAdmin = !viewer.isSellerSide && viewer.roles.includes('BUYER_ADMIN');
  const mayRead = isBuyerAdmin || viewer.isSellerSide;
  const title = t('Users and order limits');
  if (!account)
    return (
      <>
        <PageHeader title={title} />
        <ChooseAccountPrompt />
      </>
    );
  if (!mayRead)
    return (
      <>
        <PageHeader title={title} />
        <EmptyState
          title={t('Only buyer admins manage the account’s users')}
          description={t('Ask a buyer admin of your account if your order limit should change.')}
        />
      </>
    );
  return <UsersList editable={isBuyerAdmin} accountName={account.name} />;
}

function UsersList({ editable, accountName }: { editable: boolean; accountName: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(AccountUsersPageQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const [notice, setNotice] = useState<string | null>(null);
  const header = (
    <PageHeader
      title={t('Users and order limits')}
      description={
        editable
          ? t(
              'People of {account}. Orders above a person’s limit wait for a buyer admin’s approval; an empty limit means no limit.',
              {
                account: accountName,
              },
            )
          : t(
              'People of {account} and their order limits (read-only: the account’s buyer admins change them).',
              {
                account: accountName,
              },
            )
      }
    />
  );
  if (!data) {
    return (
      <>
        {header}
        {error ? (
          <ErrorState
            title={t('We couldn’t load the account’s users')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : (
          <LoadingSkeleton label={t('Loading users…')} count={6} />
        )}
      </>
    );
  }
  const users = data.accountUsers;
  return (
    <>
      {header}
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
      {users.length === 0 ? (
        <EmptyState
          title={t('No users yet')}
          description={t('People who sign in for this account show up here.')}
        />
      ) : (
        <>
          <Box hiddenFrom="sm">
            <Stack
              component="ul"
              gap="xs"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              aria-label={t('Users')}
            >
              {users.map((user) => (
                <Paper component="li" key={user.id} withBorder radius="md" p="sm">
                  <UserSummary user={user} />
                  <Box mt="xs">
                    <LimitCell user={user} editable={editable} onSaved={setNotice} labelled />
                  </Box>
                </Paper>
              ))}
            </Stack>
          </Box>
          <Box visibleFrom="sm">
            <ScrollX minWidth={720} label={t('Users')}>
              <Table verticalSpacing="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('Name')}</Table.Th>
                    <Table.Th scope="col">{t('Roles')}</Table.Th>
                    <Table.Th scope="col" w={editable ? 360 : undefined}>
                      {t('Order limit')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {users.map((user) => (
                    <Table.Tr key={user.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {user.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {user.email}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Roles user={user} />
                      </Table.Td>
                      <Table.Td>
                        <LimitCell user={user} editable={editable} onSaved={setNotice} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollX>
          </Box>
        </>
      )}
    </>
  );
}

function Roles({ user }: { user: AccountUser }) {
  const { t } = useI18n();
  return (
    <Group gap={4}>
      {user.roles.map((role) => (
        <Badge
          key={role}
          variant="light"
          radius="sm"
          tt="none"
          color={role === 'BUYER_ADMIN' ? 'brand' : 'gray'}
        >
          {roleLabel(role, t)}
        </Badge>
      ))}
    </Group>
  );
}

function UserSummary({ user }: { user: AccountUser }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {user.name}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {user.email}
      </Text>
      <Roles user={user} />
    </Stack>
  );
}

/** A user's order limit: shown, or for a buyer admin an amount field with "Save". */
function LimitCell({
  user,
  editable,
  onSaved,
  labelled,
}: {
  user: AccountUser;
  editable: boolean;
  onSaved: (message: string) => void;
  /** Show the field's label (on phones, where there is no column heading). */
  labelled?: boolean;
}) {
  const { t } = useI18n();
  const locale = useLocale();
  const { currency } = useShell();
  const { setLimit, saving } = useSetOrderLimit();
  const current = user.orderLimit?.amount ?? null;
  const [text, setText] = useState(current ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const limitCurrency = user.orderLimit?.currency ?? currency;

  if (!editable) {
    if (!user.orderLimit)
      return (
        <Text size="sm" c="dimmed">
          {labelled ? t('Order limit: none') : t('No limit')}
        </Text>
      );
    return (
      <Text size="sm">
        {labelled ? (
          withNodes(t('Order limit: {amount}'), { amount: <Money value={user.orderLimit} /> })
        ) : (
          <Money value={user.orderLimit} />
        )}
      </Text>
    );
  }

  async function save() {
    setProblem(null);
    const checked = checkOrderLimit(text, decimalMarkOf(locale));
    if (!checked.ok) {
      setProblem(
        checked.problem === 'too-large'
          ? t('That amount is too large.')
          : t('Enter an amount like {example}, or leave it empty for no limit.', {
              example: formatMoney({ amount: '2500.00', currency: limitCurrency }, locale),
            }),
      );
      return;
    }
    if (sameAmount(checked.value, current)) {
      setProblem(t('This is already the limit.'));
      return;
    }
    const outcome = await setLimit(user.id, checked.value);
    if (outcome.kind === 'saved') {
      setText(outcome.limit?.amount ?? '');
      onSaved(
        outcome.limit
          ? t('Order limit of {name} set to {amount}.', {
              name: user.name,
              amount: formatMoney(outcome.limit, locale),
            })
          : t('{name} has no order limit now.', { name: user.name }),
      );
    } else {
      setProblem(outcome.message);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          label={labelled ? t('Order limit ({currency})', { currency: limitCurrency }) : undefined}
          aria-label={
            labelled
              ? undefined
              : t('Order limit of {name} ({currency})', { name: user.name, currency: limitCurrency })
          }
          placeholder={t('No limit')}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setProblem(null);
          }}
          rightSection={
            <Text size="xs" c="dimmed">
              {limitCurrency}
            </Text>
          }
          rightSectionWidth={48}
          error={problem}
          maxLength={24}
          style={{ flex: 1 }}
        />
        <Button type="submit" variant="default" loading={saving} mt={labelled ? 25 : 0}>
          {t('Save')}
          <VisuallyHidden component="span"> {user.name}</VisuallyHidden>
        </Button>
      </Group>
    </form>
  );
}
