import { Anchor, Checkbox, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { useI18n, useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money, ScrollX } from '../../../ui';
import { DayText } from './DayText';
import { daysPastDueLabel } from './invoice-labels';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

export const InvoiceRowFragment = graphql(`
  fragment InvoiceRow_invoice on Invoice {
    id
    number
    status
    issuedOn
    dueOn
    daysPastDue
    payable
    total {
      amount
      currency
    }
    balance {
      amount
      currency
    }
    order {
      id
      number
    }
  }
`);

function InvoiceRow({
  siteCode,
  invoice: ref,
  selected,
  onSelect,
}: {
  siteCode: string;
  invoice: FragmentType<typeof InvoiceRowFragment>;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
}) {
  const invoice = useFragment(InvoiceRowFragment, ref);
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table.Tr>
      <Table.Td>
        {invoice.payable ? (
          <Checkbox
            aria-label={t('Select invoice {number}', { number: invoice.number })}
            checked={selected}
            onChange={(e) => onSelect(invoice.id, e.currentTarget.checked)}
          />
        ) : null}
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/${siteCode}/invoices/${encodeURIComponent(invoice.id)}`} fw={600}>
          {invoice.number}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/${siteCode}/orders/${encodeURIComponent(invoice.order.id)}`} size="sm">
          {invoice.order.number}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <DayText value={invoice.issuedOn} />
      </Table.Td>
      <Table.Td>
        <DayText value={invoice.dueOn} />
        {invoice.daysPastDue > 0 ? (
          <Text size="xs" c="red">
            {daysPastDueLabel(invoice.daysPastDue, i18n)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <InvoiceStatusBadge status={invoice.status} />
      </Table.Td>
      <Table.Td ta="right">
        <Money value={invoice.total} />
      </Table.Td>
      <Table.Td ta="right">
        <Money value={invoice.balance} />
      </Table.Td>
    </Table.Tr>
  );
}

/** One invoice on a phone: number and status, then due date and balance, stacked so nothing hides off-screen. */
function InvoiceCard({
  siteCode,
  invoice: ref,
  selected,
  onSelect,
}: {
  siteCode: string;
  invoice: FragmentType<typeof InvoiceRowFragment>;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
}) {
  const invoice = useFragment(InvoiceRowFragment, ref);
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="center" style={{ minWidth: 0 }}>
          {invoice.payable ? (
            <Checkbox
              aria-label={t('Select invoice {number}', { number: invoice.number })}
              checked={selected}
              onChange={(e) => onSelect(invoice.id, e.currentTarget.checked)}
            />
          ) : null}
          <div style={{ minWidth: 0 }}>
            <Anchor
              component={Link}
              to={`/${siteCode}/invoices/${encodeURIComponent(invoice.id)}`}
              fw={600}
              style={{ whiteSpace: 'nowrap' }}
            >
              {invoice.number}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('Order')}{' '}
              <Anchor
                component={Link}
                to={`/${siteCode}/orders/${encodeURIComponent(invoice.order.id)}`}
                size="xs"
              >
                {invoice.order.number}
              </Anchor>
            </Text>
          </div>
        </Group>
        <InvoiceStatusBadge status={invoice.status} />
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="sm" mt="xs" align="flex-end">
        <div>
          <Text size="xs" c="dimmed">
            {t('Due')}
          </Text>
          <Text size="sm">
            <DayText value={invoice.dueOn} />
          </Text>
          {invoice.daysPastDue > 0 ? (
            <Text size="xs" c="red">
              {daysPastDueLabel(invoice.daysPastDue, i18n)}
            </Text>
          ) : null}
        </div>
        <div style={{ textAlign: 'right' }}>
          <Text size="xs" c="dimmed">
            {t('Balance')}
          </Text>
          <Text fw={700}>
            <Money value={invoice.balance} />
          </Text>
        </div>
      </Group>
    </Paper>
  );
}

export interface InvoicesTableProps {
  siteCode: string;
  invoices: Array<FragmentType<typeof InvoiceRowFragment> & { id: string }>;
  caption: string;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
}

/**
 * A page of invoices; open ones can be ticked to pay together. On a phone (narrower than Mantine's
 * `sm`) a stacked list, so number, status, due date and balance are all on screen.
 */
export function InvoicesTable({ siteCode, invoices, caption, selected, onSelect }: InvoicesTableProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 47.99em)');
  if (phone)
    return (
      <Stack
        component="ul"
        gap="xs"
        aria-label={caption}
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {invoices.map((invoice) => (
          <InvoiceCard
            key={invoice.id}
            siteCode={siteCode}
            invoice={invoice}
            selected={selected.has(invoice.id)}
            onSelect={onSelect}
          />
        ))}
      </Stack>
    );
  return (
    <ScrollX minWidth={760} label={caption}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <VisuallyHidden>{t('Select')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('Invoice')}</Table.Th>
            <Table.Th>{t('Order')}</Table.Th>
            <Table.Th>{t('Issued')}</Table.Th>
            <Table.Th>{t('Due')}</Table.Th>
            <Table.Th>{t('Status')}</Table.Th>
            <Table.Th ta="right">{t('Total')}</Table.Th>
            <Table.Th ta="right">{t('Balance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <InvoiceRow
              key={invoice.id}
              siteCode={siteCode}
              invoice={invoice}
              selected={selected.has(invoice.id)}
              onSelect={onSelect}
            />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollX>
  );
}
