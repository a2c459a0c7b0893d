import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { CreditMemoKind } from '../../../gql/graphql';
import { compareAmounts } from '../../payments/components/amounts';
import { isAmount } from './invoice-params';

const IssueCreditMemoMutation = graphql(`
  mutation IssueCreditMemo($invoiceId: ID!, $kind: CreditMemoKind!, $amount: String!, $reason: String!) {
    issueCreditMemo(invoiceId: $invoiceId, kind: $kind, amount: $amount, reason: $reason) {
      __typename
      ... on CreditMemoIssued {
        invoice {
          id
          ...InvoiceDetail_invoice
        }
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

/** Seller side: credit the invoice for a return or an adjustment, up to its balance, with a reason. */
export function CreditMemoDialog({
  invoiceId,
  opened,
  onClose,
}: {
  invoiceId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [kind, setKind] = useState<CreditMemoKind>('RETURN');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [issue, { loading, error }] = useMutation(IssueCreditMemoMutation);

  async function submit() {
    const local: Record<string, string> = {};
    if (!isAmount(amount) || compareAmounts(amount.trim(), '0') <= 0)
      local.amount = t('Enter an amount such as 250.00');
    if (!reason.trim()) local.reason = t('Give the reason for the credit');
    setProblems(local);
    if (Object.keys(local).length) return;
    const result = await issue({
      variables: { invoiceId, kind, amount: amount.trim(), reason: reason.trim() },
    });
    const outcome = result.data?.issueCreditMemo;
    if (outcome?.__typename === 'ValidationFailed') {
      setProblems(Object.fromEntries(outcome.problems.map((p) => [p.field, p.message])));
      return;
    }
    if (outcome?.__typename === 'CreditMemoIssued') {
      setAmount('');
      setReason('');
      onClose();
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('Issue a credit memo')} centered>
      <Stack
        gap="sm"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {error ? <Alert color="red">{describeError(error, t)}</Alert> : null}
        {problems.invoiceId ? <Alert color="red">{problems.invoiceId}</Alert> : null}
        <NativeSelect
          label={t('Kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as CreditMemoKind)}
          data={[
            { value: 'RETURN', label: t('Return') },
            { value: 'ADJUSTMENT', label: t('Adjustment') },
          ]}
        />
        <TextInput
          label={t('Amount')}
          inputMode="decimal"
          required
          value={amount}
          error={problems.amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
        />
        <Textarea
          label={t('Reason')}
          required
          maxLength={500}
          value={reason}
          error={problems.reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('Cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('Issue credit memo')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
