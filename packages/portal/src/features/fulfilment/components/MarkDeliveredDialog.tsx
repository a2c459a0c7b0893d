import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { useFulfilment } from '../hooks/use-fulfilment';

/**
 * "Mark delivered": asks the seller to confirm that the buyer has everything, since it cannot be undone
 * and notifies the buyers. A refusal (delivered or changed meanwhile) is shown here, nothing changed.
 */
export function MarkDeliveredDialog({
  orderId,
  number,
  accountName,
  onClose,
  onDelivered,
}: {
  orderId: string;
  number: string;
  accountName?: string;
  onClose: () => void;
  onDelivered: () => void;
}) {
  const t = useT();
  const { markDelivered, delivering } = useFulfilment();
  const [problem, setProblem] = useState<{ message: string; final: boolean } | null>(null);

  async function confirm() {
    setProblem(null);
    const outcome = await markDelivered(orderId);
    if (outcome.kind === 'delivered') onDelivered();
    // Refused: the order is not where it was (asking again won't help); failed: it may be tried again.
    else setProblem({ message: outcome.message, final: outcome.kind === 'refused' });
  }

  return (
    <Modal opened onClose={onClose} title={t('Mark order {number} delivered?', { number })}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {accountName
              ? t('Confirm that {account} has received everything on this order.', { account: accountName })
              : t('Confirm that the buyer has received everything on this order.')}{' '}
            {t('The buyers are notified, and the order leaves the fulfilment queue. This can’t be undone.')}
          </Text>
          {problem ? (
            <Alert color="red" variant="light" role="alert" title={t('Nothing was changed')}>
              {problem.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {problem?.final ? t('Close') : t('Not yet')}
            </Button>
            {problem?.final ? null : (
              <Button type="submit" loading={delivering}>
                {t('Mark delivered')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
