import { Anchor, Checkbox, Table, Text, VisuallyHidden } from '@mantine/core';
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

export interface InvoicesTableProps {
  siteCode: string;
  invoices: Array<FragmentType<typeof InvoiceRowFragment> & { id: string }>;
  caption: string;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
}

/** A page of invoices; open ones can be ticked to pay together. */
export function InvoicesTable({ siteCode, invoices, caption, selected, onSelect }: InvoicesTableProps) {
  const t = useT();
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
