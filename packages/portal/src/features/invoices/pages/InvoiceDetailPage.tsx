import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import {
  DateText,
  EmptyState,
  ErrorState,
  formatDate,
  LoadingSkeleton,
  Money,
  PageHeader,
  ScrollX,
  useLocale,
} from '../../../ui';
import { RelatedCases } from '../../cases/components/RelatedCases';
import { InvoicePaymentsPanel } from '../../payments/components/InvoicePaymentsPanel';
import { CreditMemoDialog } from '../components/CreditMemoDialog';
import { VoidInvoiceDialog } from '../components/VoidInvoiceDialog';
import { DayText } from '../components/DayText';
import { agingBucketLabel, daysPastDueLabel, percentText } from '../components/invoice-labels';
import { payHref } from '../components/invoice-params';
import { InvoiceStatusBadge } from '../components/InvoiceStatusBadge';

export const InvoiceDetailFragment = graphql(`
  fragment InvoiceDetail_invoice on Invoice {
    id
    number
    status
    currency
    issuedOn
    dueOn
    paymentTermsDays
    daysPastDue
    agingBucket
    payable
    pdfUrl
    voidReason
    earlyPaymentTerms {
      discountPercent
      days
      payBy
      available
    }
    subtotal {
      amount
      currency
    }
    shippingTotal {
      amount
      currency
    }
    taxTotal {
      amount
      currency
    }
    total {
      amount
      currency
    }
    amountPaid {
      amount
      currency
    }
    amountCredited {
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
      poNumber
    }
    shipments {
      id
      carrier
      trackingNumber
      trackingUrl
      shippedAt
    }
    lines {
      id
      position
      sku
      name
      quantity
      unitPrice {
        amount
        currency
      }
      lineTotal {
        amount
        currency
      }
    }
    creditMemos {
      id
      number
      kind
      reason
      createdAt
      createdByName
      amount {
        amount
        currency
      }
    }
  }
`);

const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      id
      ...InvoiceDetail_invoice
    }
  }
`);

/** `/:siteCode/invoices/:invoiceId`: one invoice with its lines, order, shipments, credits and balance. */
export function InvoiceDetailPage() {
  const { invoiceId = '' } = useParams();
  const t = useT();
  const { data, loading, error, refetch } = useQuery(InvoiceDetailQuery, { variables: { id: invoiceId } });
  if (!data) {
    if (error)
      return (
        <ErrorState
          title={t('We couldn’t load this invoice')}
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    return <LoadingSkeleton label={t('Loading invoice…')} count={6} />;
  }
  if (!data.invoice)
    return (
      <EmptyState
        title={t('Invoice not found')}
        description={t('It may belong to another account, or the link is wrong.')}
      />
    );
  return <InvoiceDetail invoice={data.invoice} />;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ta="right">
        {children}
      </Text>
    </Group>
  );
}

function InvoiceDetail({ invoice: ref }: { invoice: FragmentType<typeof InvoiceDetailFragment> }) {
  const invoice = useFragment(InvoiceDetailFragment, ref);
  const { siteCode, viewer } = useShell();
  const i18n = useI18n();
  const { t } = i18n;
  const locale = useLocale();
  const [creditOpen, setCreditOpen] = useState(false);
  const [voidOpen, setVoidOpen] = useState(false);
  // Only an invoice nothing was paid on may be voided (the server checks it again).
  const mayVoid = invoice.payable && /^0+(\.0+)?$/.test(invoice.amountPaid.amount);
  const mayCredit =
    viewer.isSellerSide &&
    viewer.roles.some((r) => ['SALES_REP', 'ACCOUNT_MANAGER', 'SITE_ADMIN'].includes(r));
  return (
    <>
      <PageHeader
        title={t('Invoice {number}', { number: invoice.number })}
        description={
          <Group gap="xs" component="span">
            <InvoiceStatusBadge status={invoice.status} />
            {invoice.agingBucket && invoice.agingBucket !== 'CURRENT' ? (
              <Text span size="sm" c="red">
                {agingBucketLabel(invoice.agingBucket, t)}
              </Text>
            ) : null}
          </Group>
        }
        actions={
          <Group gap="xs">
            <Button component="a" href={invoice.pdfUrl} target="_blank" rel="noopener" variant="default">
              {t('Download PDF')}
            </Button>
            {mayCredit && invoice.payable ? (
              <Button variant="default" onClick={() => setCreditOpen(true)}>
                {t('Issue credit memo')}
              </Button>
            ) : null}
            {mayCredit && mayVoid ? (
              <Button variant="default" color="red" onClick={() => setVoidOpen(true)}>
                {t('Void invoice')}
              </Button>
            ) : null}
            {invoice.payable ? (
              <Button component={Link} to={payHref(siteCode, [invoice.id])}>
                {t('Pay')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <Anchor component={Link} to={`/${siteCode}/invoices`} size="sm">
        {t('Back to invoices')}
      </Anchor>
      {invoice.voidReason ? (
        <Alert color="gray" mt="sm" title={t('This invoice is void')}>
          {invoice.voidReason}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="md">
        <Paper withBorder radius="md" p="md">
          <Stack gap={6}>
            <Row label={t('Order')}>
              <Anchor component={Link} to={`/${siteCode}/orders/${encodeURIComponent(invoice.order.id)}`}>
                {invoice.order.number}
              </Anchor>
            </Row>
            {invoice.order.poNumber ? <Row label={t('PO number')}>{invoice.order.poNumber}</Row> : null}
            <Row label={t('Issued')}>
              <DayText value={invoice.issuedOn} />
            </Row>
            <Row label={t('Due')}>
              <DayText value={invoice.dueOn} />
            </Row>
            <Row label={t('Terms')}>{t('Net {days} days', { days: invoice.paymentTermsDays })}</Row>
            {invoice.earlyPaymentTerms ? (
              <Row label={t('Early-payment discount')}>
                {t('{percent}% if paid by {date}', {
                  percent: percentText(invoice.earlyPaymentTerms.discountPercent, locale),
                  date: formatDate(`${invoice.earlyPaymentTerms.payBy}T00:00:00Z`, locale, {
                    timeZone: 'UTC',
                  }),
                })}
                {invoice.earlyPaymentTerms.available ? null : ` (${t('expired')})`}
              </Row>
            ) : null}
            {invoice.daysPastDue > 0 ? (
              <Row label={t('Past due')}>{daysPastDueLabel(invoice.daysPastDue, i18n)}</Row>
            ) : null}
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Stack gap={6}>
            <Row label={t('Subtotal')}>
              <Money value={invoice.subtotal} />
            </Row>
            <Row label={t('Shipping')}>
              <Money value={invoice.shippingTotal} />
            </Row>
            <Row label={t('Tax')}>
              <Money value={invoice.taxTotal} />
            </Row>
            <Row label={t('Total')}>
              <Money value={invoice.total} />
            </Row>
            <Row label={t('Paid')}>
              <Money value={invoice.amountPaid} />
            </Row>
            <Row label={t('Credited')}>
              <Money value={invoice.amountCredited} />
            </Row>
            <Group justify="space-between">
              <Text fw={700}>{t('Balance')}</Text>
              <Text fw={700} data-testid="invoice-balance">
                <Money value={invoice.balance} />
              </Text>
            </Group>
          </Stack>
        </Paper>
      </SimpleGrid>

      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('Lines')}
      </Title>
      <ScrollX minWidth={560} label={t('Invoice lines')}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('SKU')}</Table.Th>
              <Table.Th>{t('Product')}</Table.Th>
              <Table.Th ta="right">{t('Quantity')}</Table.Th>
              <Table.Th ta="right">{t('Unit price')}</Table.Th>
              <Table.Th ta="right">{t('Line total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>{line.sku}</Table.Td>
                <Table.Td>{line.name}</Table.Td>
                <Table.Td ta="right">{line.quantity}</Table.Td>
                <Table.Td ta="right">
                  <Money value={line.unitPrice} />
                </Table.Td>
                <Table.Td ta="right">
                  <Money value={line.lineTotal} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollX>

      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('Shipments')}
      </Title>
      {invoice.shipments.length ? (
        <Stack gap={4}>
          {invoice.shipments.map((s) => (
            <Text size="sm" key={s.id}>
              <DateText value={s.shippedAt} /> · {s.carrier}{' '}
              {s.trackingUrl ? (
                <Anchor href={s.trackingUrl} target="_blank" rel="noopener">
                  {s.trackingNumber}
                </Anchor>
              ) : (
                s.trackingNumber
              )}
            </Text>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('No shipment records for this invoice.')}
        </Text>
      )}

      <Title order={2} size="h4" mt="lg" mb="xs">
        {t('Credit memos')}
      </Title>
      {invoice.creditMemos.length ? (
        <ScrollX minWidth={560} label={t('Credit memos')}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('Number')}</Table.Th>
                <Table.Th>{t('Date')}</Table.Th>
                <Table.Th>{t('Kind')}</Table.Th>
                <Table.Th>{t('Reason')}</Table.Th>
                <Table.Th ta="right">{t('Amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.creditMemos.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.number}</Table.Td>
                  <Table.Td>
                    <DateText value={m.createdAt} />
                  </Table.Td>
                  <Table.Td>{m.kind === 'RETURN' ? t('Return') : t('Adjustment')}</Table.Td>
                  <Table.Td>{m.reason}</Table.Td>
                  <Table.Td ta="right">
                    <Money value={m.amount} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollX>
      ) : (
        <Text size="sm" c="dimmed">
          {t('No credit memos.')}
        </Text>
      )}

      <Stack gap="md" mt="lg">
        <InvoicePaymentsPanel invoiceId={invoice.id} />
        <RelatedCases invoiceId={invoice.id} />
      </Stack>
      {mayCredit ? (
        <>
          <CreditMemoDialog invoiceId={invoice.id} opened={creditOpen} onClose={() => setCreditOpen(false)} />
          <VoidInvoiceDialog
            invoiceId={invoice.id}
            number={invoice.number}
            opened={voidOpen}
            onClose={() => setVoidOpen(false)}
          />
        </>
      ) : null}
    </>
  );
}
