import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { OrderStatus } from '../../../gql/graphql';
import { useOrderActions } from '../hooks/use-order-actions';

const MAX_REASON = 500;

/**
 * "Cancel order…": asks for a reason (kept on the timeline) and confirmation. A refusal (it shipped
 * meanwhile) is shown here with its reason, and the page reloads the order.
 */
export function CancelOrderDialog({
  orderId,
  number,
  onClose,
  onCancelled,
  onRefused,
}: {
  orderId: string;
  number: string;
  onClose: () => void;
  onCancelled: () => void;
  onRefused: (status: OrderStatus) => void;
}) {
  const t = useT();
  const { cancel, busy } = useOrderActions();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setProblem(null);
    const outcome = await cancel(orderId, reason);
    if (outcome.kind === 'changed') {
      onCancelled();
      return;
    }
    setProblem(outcome.message);
    if (outcome.kind === 'refused') onRefused(outcome.status);
  }

  return (
    <Modal opened onClose={onClose} title={t('Cancel order {number}?', { number })}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t(
              'The whole order is cancelled and nothing ships. A card payment is voided; an order on terms no longer uses your credit.',
            )}
          </Text>
          <Textarea
            label={t('Reason (optional)')}
            description={t('Kept on the order’s timeline.')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={MAX_REASON}
            autosize
            minRows={2}
            maxRows={6}
          />
          {problem ? (
            <Alert color="red" variant="light" role="alert" title={t('The order was not cancelled')}>
              {problem}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('Keep the order')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('Cancel order')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
