import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import type { OrderStatus } from '../../../gql/graphql';
import { fulfilOrderPath } from '../fulfilment-paths';
import { STAGE_STATUSES } from '../hooks/fulfilment-cache';
import { MarkDeliveredDialog } from './MarkDeliveredDialog';

/**
 * On an order's page, for the seller's people who ship orders: "Create shipment" while something is left
 * to ship, "Mark delivered" (confirmed first) once it has all shipped. Nothing for anyone else.
 */
export function OrderFulfilmentPanel({
  orderId,
  number,
  status,
}: {
  orderId: string;
  number: string;
  status: OrderStatus;
}) {
  const { siteCode, can } = useShell();
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [delivered, setDelivered] = useState(false);
  if (!can('FULFIL_ORDERS')) return null;
  const shippable = STAGE_STATUSES.TO_SHIP.includes(status);
  // Kept while the dialog is open: a refusal (delivered meanwhile) changes the status under it.
  if (!shippable && status !== 'SHIPPED' && !delivered && !confirming) return null;

  if (delivered)
    return (
      <Alert color="green" variant="light" role="status" mb="lg" title={t('Marked delivered')}>
        {t('Order {number} is delivered; the buyers have been notified.', { number })}
      </Alert>
    );
  return (
    <Paper withBorder radius="md" p="md" mb="lg" component="section" aria-label={t('Fulfilment')}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">
          {shippable
            ? t('You ship this site’s orders: record a shipment with its tracking number.')
            : t('Everything on this order has shipped. Mark it delivered once the buyer has it.')}
        </Text>
        {shippable ? (
          <Button component={Link} to={fulfilOrderPath(siteCode, number)} variant="light">
            {t('Create shipment')}
          </Button>
        ) : (
          <Button variant="light" onClick={() => setConfirming(true)}>
            {t('Mark delivered…')}
          </Button>
        )}
      </Group>
      {confirming ? (
        <MarkDeliveredDialog
          orderId={orderId}
          number={number}
          onClose={() => setConfirming(false)}
          onDelivered={() => {
            setConfirming(false);
            setDelivered(true);
          }}
        />
      ) : null}
    </Paper>
  );
}
