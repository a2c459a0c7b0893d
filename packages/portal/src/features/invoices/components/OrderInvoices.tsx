import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money } from '../../../ui';
import { DayText } from './DayText';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

export const OrderInvoiceFragment = graphql(`
  fragment OrderInvoice_invoice on Invoice {
    id
    number
    status
    dueOn
    balance {
      amount
      currency
    }
  }
`);

function OrderInvoice({
  siteCode,
  invoice: ref,
}: {
  siteCode: string;
  invoice: FragmentType<typeof OrderInvoiceFragment>;
}) {
  const invoice = useFragment(OrderInvoiceFragment, ref);
  const t = useT();
  return (
    <Stack gap={2} component="li">
      <Group justify="space-between" wrap="nowrap">
        <Anchor component={Link} to={`/${siteCode}/invoices/${encodeURIComponent(invoice.id)}`} fw={600}>
          {invoice.number}
        </Anchor>
        <InvoiceStatusBadge status={invoice.status} />
      </Group>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('Due')} <DayText value={invoice.dueOn} />
        </Text>
        <Text size="sm">
          {t('Balance')} <Money value={invoice.balance} />
        </Text>
      </Group>
    </Stack>
  );
}

/** The invoices billing an order (on terms, as it ships), each linking to its page; nothing when none yet. */
export function OrderInvoices({
  siteCode,
  invoices,
}: {
  siteCode: string;
  invoices: ReadonlyArray<{ id: string } & FragmentType<typeof OrderInvoiceFragment>>;
}) {
  const t = useT();
  if (!invoices.length) return null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="order-invoices">
      <Title order={3} size="h5" id="order-invoices" mb="xs">
        {t('Invoices')}
      </Title>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {invoices.map((invoice) => (
          <OrderInvoice key={invoice.id} siteCode={siteCode} invoice={invoice} />
        ))}
      </Stack>
    </Card>
  );
}
