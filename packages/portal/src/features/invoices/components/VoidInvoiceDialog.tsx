import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';

const VoidInvoiceMutation = graphql(`
  mutation VoidInvoice($invoiceId: ID!, $reason: String!) {
    voidInvoice(invoiceId: $invoiceId, reason: $reason) {
      __typename
      ... on InvoiceVoided {
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

/** Seller side: void an invoice nothing was paid on, with a reason; nothing is owed on it afterwards. */
export function VoidInvoiceDialog({
  invoiceId,
  number,
  opened,
  onClose,
}: {
  invoiceId: string;
  number: string;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [voidInvoice, { loading, error }] = useMutation(VoidInvoiceMutation);

  async function submit() {
    if (!reason.trim()) {
      setProblems({ reason: t('Give the reason for voiding') });
      reasonRef.current?.focus();
      return;
    }
    setProblems({});
    const result = await voidInvoice({ variables: { invoiceId, reason: reason.trim() } });
    const outcome = result.data?.voidInvoice;
    if (outcome?.__typename === 'ValidationFailed') {
      const byField = Object.fromEntries(outcome.problems.map((p) => [p.field, p.message]));
      setProblems(Object.keys(byField).length ? byField : { invoiceId: outcome.message });
      if (byField.reason) reasonRef.current?.focus();
      return;
    }
    if (outcome?.__typename === 'InvoiceVoided') {
      setReason('');
      onClose();
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('Void invoice {number}', { number })} centered>
      <Stack
        gap="sm"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Text size="sm">{t('Nothing will be owed on this invoice any more. This cannot be undone.')}</Text>
        {error ? <Alert color="red">{describeError(error, t)}</Alert> : null}
        {problems.invoiceId ? <Alert color="red">{problems.invoiceId}</Alert> : null}
        <Textarea
          ref={reasonRef}
          label={t('Reason')}
          withAsterisk
          aria-required
          maxLength={500}
          value={reason}
          error={problems.reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('Cancel')}
          </Button>
          <Button type="submit" color="red" loading={loading}>
            {t('Void invoice')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
