import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import type { OrderStatus } from '../../../gql/graphql';
import { useOrderActions } from '../hooks/use-order-actions';

const MAX_COMMENT = 1000;

export type ApprovalDecision = 'approve' | 'reject';

/**
 * A buyer admin's decision on an order above a buyer's limit, with a comment for the buyer. Approving
 * lets it go ahead; rejecting cancels it (and voids a card payment).
 */
export function ApprovalDialog({
  decision,
  orderId,
  number,
  buyerName,
  onClose,
  onDecided,
  onRefused,
}: {
  decision: ApprovalDecision;
  orderId: string;
  number: string;
  buyerName: string;
  onClose: () => void;
  onDecided: (message: string) => void;
  onRefused?: (status: OrderStatus) => void;
}) {
  const t = useT();
  const actions = useOrderActions();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const approving = decision === 'approve';

  async function confirm() {
    setProblem(null);
    const outcome = approving
      ? await actions.approve(orderId, comment)
      : await actions.reject(orderId, comment);
    if (outcome.kind === 'changed') {
      onDecided(
        approving
          ? t('Order {number} approved.', { number })
          : t('Order {number} rejected and cancelled.', { number }),
      );
      return;
    }
    setProblem(outcome.message);
    if (outcome.kind === 'refused') onRefused?.(outcome.status);
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={approving ? t('Approve order {number}', { number }) : t('Reject order {number}', { number })}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {approving
              ? t('The order goes ahead to the supplier, and {name} is notified.', { name: buyerName })
              : t('The order is cancelled and {name} is notified; a card payment is voided.', {
                  name: buyerName,
                })}
          </Text>
          <Textarea
            label={approving ? t('Comment for the buyer (optional)') : t('Reason for the buyer (optional)')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={MAX_COMMENT}
            autosize
            minRows={2}
            maxRows={6}
            data-autofocus
          />
          {problem ? (
            <Alert color="red" variant="light" role="alert" title={t('Nothing was changed')}>
              {problem}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('Cancel')}
            </Button>
            <Button type="submit" color={approving ? 'green' : 'red'} loading={actions.busy}>
              {approving ? t('Approve order') : t('Reject order')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
