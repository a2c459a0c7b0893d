import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useT, type TFunction } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { CreditStatus } from '../../../gql/graphql';
import { DateText, Money, useLocale } from '../../../ui';

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

function creditLabel(status: CreditStatus, t: TFunction): { label: string; color: string } {
  switch (status) {
    case 'APPROVED':
      return { label: t('Credit approved'), color: 'green' };
    case 'NONE':
      return { label: t('No credit — card only'), color: 'gray' };
    case 'ON_HOLD':
      return { label: t('Credit on hold'), color: 'red' };
  }
}

/** The effective account at a glance: who, credit, and the last 12 months. */
export function AccountSummaryCard({
  account: ref,
}: {
  account: FragmentType<typeof AccountSummaryCardFragment>;
}) {
  const account = useFragment(AccountSummaryCardFragment, ref);
  const t = useT();
  const locale = useLocale();
  const credit = creditLabel(account.creditStatus, t);
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
            {t('Account {number}', { number: account.number })}
          </Text>
        </Stack>
        <Badge color={credit.color} variant="light" size="lg" radius="sm">
          {credit.label}
        </Badge>
      </Group>
      {/* Six columns only when wide: French amounts ("597 010,00 $ US") are longer than English ones. */}
      <SimpleGrid cols={{ base: 2, sm: 3, xl: 6 }} spacing="md" component="dl" style={{ margin: 0 }}>
        <Figure label={t('Payment terms')}>
          {account.paymentTermsDays != null
            ? t('Net {days}', { days: account.paymentTermsDays })
            : t('Card only')}
        </Figure>
        <Figure label={t('Credit limit')}>
          {account.creditLimit ? <Money value={account.creditLimit} /> : '—'}
        </Figure>
        <Figure label={t('Open orders')}>{account.summary.openOrderCount.toLocaleString(locale)}</Figure>
        <Figure label={t('Orders, last 12 months')}>
          {account.summary.ordersLast12Months.toLocaleString(locale)}
        </Figure>
        <Figure label={t('Spend, last 12 months')}>
          <Money value={account.summary.spendLast12Months} />
        </Figure>
        <Figure label={t('Last order')}>
          <DateText value={account.summary.lastOrderAt} fallback={t('No orders yet')} />
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
