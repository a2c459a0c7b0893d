import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { DateText, ErrorState, LoadingSkeleton, Money, ScrollX } from '../../../ui';
import { paymentMethodLabel } from './payment-labels';

const InvoicePaymentsQuery = graphql(`
  query InvoicePaymentsPanel($id: ID!) {
    invoice(id: $id) {
      id
      payments {
        paymentId
        paymentNumber
        paidAt
        method
        paidByName
        amount {
          amount
          currency
        }
        discount {
          amount
          currency
        }
        receiptUrl
      }
    }
  }
`);

/** The payments applied to one invoice, newest first, with their receipts (shown on the invoice's page). */
export function InvoicePaymentsPanel({ invoiceId }: { invoiceId: string }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(InvoicePaymentsQuery, {
    variables: { id: invoiceId },
    notifyOnNetworkStatusChange: true,
  });
  let body: React.ReactNode;
  if (!data) {
    body = error ? (
      <ErrorState
        title={t('We couldn’t load the payments')}
        message={describeError(error, t)}
        onRetry={() => void refetch()}
        retrying={loading}
      />
    ) : (
      <LoadingSkeleton label={t('Loading payments…')} count={2} />
    );
  } else if (!data.invoice || data.invoice.payments.length === 0) {
    body = (
      <Text size="sm" c="dimmed">
        {t('No payment has been applied to this invoice yet.')}
      </Text>
    );
  } else {
    body = (
      <ScrollX minWidth={640} label={t('Payments applied to this invoice')}>
        <Table>
          <Table.Caption>{t('Payments applied to this invoice')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Payment')}</Table.Th>
              <Table.Th>{t('Date')}</Table.Th>
              <Table.Th>{t('Method')}</Table.Th>
              <Table.Th ta="right">{t('Paid')}</Table.Th>
              <Table.Th ta="right">{t('Discount')}</Table.Th>
              <Table.Th>{t('Receipt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.invoice.payments.map((p) => (
              <Table.Tr key={p.paymentId}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {p.paymentNumber}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.paidByName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DateText value={p.paidAt} />
                </Table.Td>
                <Table.Td>{paymentMethodLabel(p.method, t)}</Table.Td>
                <Table.Td ta="right">
                  <Money value={p.amount} />
                </Table.Td>
                <Table.Td ta="right">
                  <Money value={p.discount} />
                </Table.Td>
                <Table.Td>
                  <Anchor
                    href={p.receiptUrl}
                    target="_blank"
                    rel="noopener"
                    size="sm"
                    aria-label={t('Receipt of {number} (PDF)', { number: p.paymentNumber })}
                  >
                    {t('PDF')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollX>
    );
  }
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="invoice-payments">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="invoice-payments">
          {t('Payments')}
        </Title>
        {body}
      </Stack>
    </Card>
  );
}
