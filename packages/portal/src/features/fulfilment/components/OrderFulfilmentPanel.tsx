import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import type { OrderStatus } from '../../../gql/graphql';
import { fulfilOrderPath } from '../fulfilment-paths';
import { useFulfilment } from '../hooks/use-fulfilment';

const SHIPPABLE: readonly OrderStatus[] = ['PLACED', 'APPROVED', 'PARTLY_SHIPPED'];

/**
 * On an order's page, for the seller's people who ship orders: "Create shipment" while something is left
 * to ship, "Mark delivered" once it has all shipped. Nothing for anyone else.
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
  const { markDelivered, delivering } = useFulfilment();
  const [problem, setProblem] = useState<string | null>(null);
  if (!can('FULFIL_ORDERS')) return null;
  const shippable = SHIPPABLE.includes(status);
  if (!shippable && status !== 'SHIPPED' && !problem) return null;

  async function deliver() {
    setProblem(null);
    const outcome = await markDelivered(orderId);
    if (outcome.kind !== 'delivered') setProblem(outcome.message);
  }

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
        ) : status === 'SHIPPED' ? (
          <Button variant="light" onClick={() => void deliver()} loading={delivering}>
            {t('Mark delivered')}
          </Button>
        ) : null}
      </Group>
      {problem ? (
        <Alert color="red" variant="light" role="alert" mt="sm" title={t('Nothing was changed')}>
          {problem}
        </Alert>
      ) : null}
    </Paper>
  );
}
