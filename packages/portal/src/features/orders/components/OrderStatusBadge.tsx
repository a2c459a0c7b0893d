import { Badge } from '@mantine/core';
import type { OrderStatus } from '../../../gql/graphql';
import { orderStatusColor, orderStatusLabel } from './order-status';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <Badge color={orderStatusColor[status]} variant="light" radius="sm" style={{ whiteSpace: 'nowrap' }}>
      {orderStatusLabel[status]}
    </Badge>
  );
}
