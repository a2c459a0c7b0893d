import { Alert, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import type { OrderStatus } from '../../../gql/graphql';

/**
 * On an order's page right after checkout (`?placed=1`): "Order CO-500123 placed", and when it is above
 * the buyer's order limit, that it waits for a buyer admin's approval. Closing it drops the parameter.
 */
export function OrderPlacedBanner({ number, status }: { number: string; status: OrderStatus }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  if (params.get('placed') !== '1') return null;
  const waits = status === 'AWAITING_APPROVAL';
  return (
    <Alert
      color={waits ? 'yellow' : 'green'}
      variant="light"
      role="status"
      mb="lg"
      title={t('Order {number} placed', { number })}
      withCloseButton
      closeButtonLabel={t('Dismiss')}
      onClose={() =>
        setParams(
          (prev) => {
            const next = new URLSearchParams(prev);
            next.delete('placed');
            return next;
          },
          { replace: true },
        )
      }
    >
      <Text size="sm">
        {waits
          ? t(
              'It is above your order limit, so it waits for approval by a buyer admin of your account. You’ll be notified.',
            )
          : t('Thank you for your order. You’ll be notified when it ships.')}
      </Text>
    </Alert>
  );
}
