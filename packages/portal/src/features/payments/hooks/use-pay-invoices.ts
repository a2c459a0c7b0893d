import { useMutation } from '@apollo/client/react';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { PayInvoicesInput } from '../../../gql/graphql';

const PayInvoicesMutation = graphql(`
  mutation PayInvoices($input: PayInvoicesInput!) {
    payInvoices(input: $input) {
      __typename
      ... on Payment {
        id
        number
        receiptUrl
        amount {
          amount
          currency
        }
        discountTotal {
          amount
          currency
        }
      }
      ... on PaymentDeclined {
        message
      }
      ... on PaymentFailed {
        message
      }
      ... on IdempotencyKeyReused {
        message
        paymentNumber
      }
      ... on ValidationFailed {
        message
        problems {
          field
          message
        }
      }
    }
  }
`);

export type PayOutcome =
  | {
      kind: 'paid';
      id: string;
      number: string;
      receiptUrl: string;
      amount: { amount: string; currency: string };
      discountTotal: { amount: string; currency: string };
    }
  | { kind: 'declined'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'keyReused'; message: string; paymentNumber: string }
  | { kind: 'invalid'; message: string; problems: Array<{ field: string; message: string }> };

/**
 * Pays invoices. A payment made drops the cached invoice lists, aging, payment history and the
 * invoices' own payments so every page shows the new balances.
 */
export function usePayInvoices() {
  const t = useT();
  const [mutate, state] = useMutation(PayInvoicesMutation, {
    update(cache, { data }) {
      if (data?.payInvoices.__typename !== 'Payment') return;
      for (const fieldName of ['invoices', 'invoice', 'invoiceAging', 'invoicesToPay', 'payments'])
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
    },
  });

  /** Throws on a network or server failure: the outcome is unknown, so retry with the same key. */
  async function pay(input: PayInvoicesInput): Promise<PayOutcome> {
    const { data } = await mutate({ variables: { input } });
    const result = data?.payInvoices;
    switch (result?.__typename) {
      case 'Payment':
        return {
          kind: 'paid',
          id: result.id,
          number: result.number,
          receiptUrl: result.receiptUrl,
          amount: result.amount,
          discountTotal: result.discountTotal,
        };
      case 'PaymentDeclined':
        return { kind: 'declined', message: result.message };
      case 'PaymentFailed':
        return { kind: 'failed', message: result.message };
      case 'IdempotencyKeyReused':
        return { kind: 'keyReused', message: result.message, paymentNumber: result.paymentNumber };
      case 'ValidationFailed':
        return { kind: 'invalid', message: result.message, problems: result.problems };
      default:
        throw new Error(
          t('The server did not say whether the payment was made. Pay again: this attempt cannot pay twice.'),
        );
    }
  }

  return { pay, paying: state.loading };
}
