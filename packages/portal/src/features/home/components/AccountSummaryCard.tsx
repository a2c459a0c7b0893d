import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { CreditStatus } from '../../../gql/graphql';
import { DateText, Money } from '../../../ui';

export const AccountSummaryCardFragment = graphql(`
  fragment AccountSummaryCard_account on Account {
    id
    name
    number
    kind
    creditStatus
    creditLimit {
      amount
      currency
    }
    paymentTermsDays
    summary {
      openOrderCount
      lastOrderAt
      ordersLast12Months
      spendLast12Months {
        amount
        currency
      }
    }
  }
`);

const creditLabel: Record<CreditStatus, { label: string; color: string }> = {
  APPROVED: { label: 'Credit approved', color: 'green' },
  NONE: { label: 'No credit — card only', color: 'gray' },
  ON_HOLD: { label: 'Credit on hold', color: 'red' },
};

/** The effective account at a glance: who, credit, and the last 12 months. */
export function AccountSummaryCard({
  account: ref,
}: {
  account: FragmentType<typeof AccountSummaryCardFragment>;
}) {
  const account = useFragment(AccountSummaryCardFragment, ref);
  const credit = creditLabel[account.creditStatus];
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      style={{ borderLeft: '4px solid var(--mantine-color-brand-6)' }}
    >
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} fz="xl">
            {account.name}
          </Title>
          <Text size="sm" c="dimmed">
            Account {account.number}
          </Text>
        </Stack>
        <Badge color={credit.color} variant="light" size="lg" radius="sm">
          {credit.label}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md" component="dl" style={{ margin: 0 }}>
        <Figure label="Payment terms">
          {account.paymentTermsDays != null ? `Net ${account.paymentTermsDays}` : 'Card only'}
        </Figure>
        <Figure label="Credit limit">
          {account.creditLimit ? <Money value={account.creditLimit} /> : '—'}
        </Figure>
        <Figure label="Open orders">{account.summary.openOrderCount.toLocaleString()}</Figure>
        <Figure label="Orders, last 12 months">{account.summary.ordersLast12Months.toLocaleString()}</Figure>
        <Figure label="Spend, last 12 months">
          <Money value={account.summary.spendLast12Months} />
        </Figure>
        <Figure label="Last order">
          <DateText value={account.summary.lastOrderAt} fallback="No orders yet" />
        </Figure>
      </SimpleGrid>
    </Card>
  );
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="dd" fw={700} size="lg" m={0}>
        {children}
      </Text>
    </div>
  );
}
