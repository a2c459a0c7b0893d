import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import {
  DateText,
  EmptyState,
  ErrorState,
  firstPage,
  hasPreviousPage,
  LoadingSkeleton,
  Money,
  nextPage,
  PageHeader,
  pageNumber,
  Pager,
  previousPage,
  ScrollX,
  useLocale,
  type CursorPosition,
} from '../../../ui';
import { ChooseAccountPrompt } from '../../home/components/ChooseAccountPrompt';
import { paymentMethodLabel } from '../components/payment-labels';

const PAGE_SIZE = 20;

const PaymentsPageQuery = graphql(`
  query PaymentsPage($first: Int!, $after: String) {
    payments(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          method
          createdAt
          paidByName
          bankReference
          card {
            brand
            last4
          }
          amount {
            amount
            currency
          }
          discountTotal {
            amount
            currency
          }
          allocations {
            invoiceId
            invoiceNumber
            amount {
              amount
              currency
            }
          }
          receiptUrl
        }
      }
    }
  }
`);

/** `/:siteCode/payments`: the effective account's payments, newest first, with their PDF receipts. */
export function PaymentsPage() {
  const { t, plural } = useI18n();
  const { siteCode, viewer } = useShell();
  const locale = useLocale();
  const account = viewer.effectiveAccount;
  const [position, setPosition] = useState<CursorPosition>(firstPage);
  const { data, loading, error, refetch } = useQuery(PaymentsPageQuery, {
    variables: { first: PAGE_SIZE, after: position.after },
    skip: !account,
    notifyOnNetworkStatusChange: true,
  });
  const header = (
    <PageHeader
      title={t('Payments')}
      description={account ? t('Payments of {account}', { account: account.name }) : undefined}
      actions={
        account ? (
          <Button component={Link} to={`/${siteCode}/invoices`} variant="default">
            {t('Pay invoices')}
          </Button>
        ) : undefined
      }
    />
  );
  if (!account) {
    return (
      <>
        {header}
        <ChooseAccountPrompt />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {header}
        {error ? (
          <ErrorState
            title={t('We couldn’t load the payments')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : (
          <LoadingSkeleton label={t('Loading payments…')} count={6} />
        )}
      </>
    );
  }
  const { payments } = data;
  if (payments.totalCount === 0 || payments.edges.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title={t('No payments yet')}
          description={t('Payments made against this account’s invoices will show up here.')}
        />
      </>
    );
  }
  const page = pageNumber(position);
  const count = payments.totalCount.toLocaleString(locale);
  return (
    <>
      {header}
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <ScrollX minWidth={860} label={t('Payments')}>
        <Table verticalSpacing="sm">
          <Table.Caption>
            {plural(payments.totalCount, t('{count} payment', { count }), t('{count} payments', { count }))}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('Payment')}</Table.Th>
              <Table.Th>{t('Date')}</Table.Th>
              <Table.Th>{t('Method')}</Table.Th>
              <Table.Th>{t('Invoices')}</Table.Th>
              <Table.Th ta="right">{t('Paid')}</Table.Th>
              <Table.Th ta="right">{t('Discount')}</Table.Th>
              <Table.Th>{t('Receipt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {payments.edges.map(({ node: p }) => (
              <Table.Tr key={p.id} data-testid="payment-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {p.number}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {p.paidByName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DateText value={p.createdAt} withTime />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{paymentMethodLabel(p.method, t)}</Text>
                  <Text size="xs" c="dimmed">
                    {p.card
                      ? t('{brand} ending in {last4}', { brand: p.card.brand, last4: p.card.last4 })
                      : p.bankReference}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {p.allocations.map((a) => (
                    <Text size="sm" key={a.invoiceId}>
                      <Anchor
                        component={Link}
                        to={`/${siteCode}/invoices/${encodeURIComponent(a.invoiceId)}`}
                      >
                        {a.invoiceNumber}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        <Money value={a.amount} />
                      </Text>
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td ta="right">
                  <Money value={p.amount} />
                </Table.Td>
                <Table.Td ta="right">
                  <Money value={p.discountTotal} />
                </Table.Td>
                <Table.Td>
                  <Anchor
                    href={p.receiptUrl}
                    target="_blank"
                    rel="noopener"
                    size="sm"
                    aria-label={t('Receipt of {number} (PDF)', { number: p.number })}
                  >
                    {t('PDF')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollX>
      <Pager
        label={t('Pages of payments')}
        hasPrevious={hasPreviousPage(position)}
        hasNext={payments.pageInfo.hasNextPage}
        onPrevious={() => setPosition(previousPage(position))}
        onNext={() =>
          payments.pageInfo.endCursor && setPosition(nextPage(position, payments.pageInfo.endCursor))
        }
        pageLabel={
          page
            ? t('Page {page} of {pages}', {
                page,
                pages: Math.max(1, Math.ceil(payments.totalCount / PAGE_SIZE)),
              })
            : null
        }
        loading={loading}
      />
    </>
  );
}
