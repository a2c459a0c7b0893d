import { Badge } from '@mantine/core';
import { useT } from '../../../app/i18n';
import type { OrderStatus } from '../../../gql/graphql';
import { orderStatusColor, orderStatusLabel } from './order-status';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useT();
  return (
    <Badge color={orderStatusColor[status]} variant="light" radius="sm" style={{ whiteSpace: 'nowrap' }}>
      {orderStatusLabel(status, t)}
    </Badge>
  );
}
