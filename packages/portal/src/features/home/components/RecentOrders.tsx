import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { DateText, Money } from '../../../ui';
import { OrderStatusBadge } from '../../orders/components/OrderStatusBadge';

export const RecentOrderItemFragment = graphql(`
  fragment RecentOrderItem_order on Order {
    id
    number
    status
    placedAt
    poNumber
    placedBy {
      name
      onBehalf
    }
    total {
      amount
      currency
    }
  }
`);

function RecentOrderItem({
  siteCode,
  order: ref,
}: {
  siteCode: string;
  order: FragmentType<typeof RecentOrderItemFragment>;
}) {
  const order = useFragment(RecentOrderItemFragment, ref);
  const t = useT();
  return (
    <Paper component="li" withBorder radius="md" px="md" py="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Group gap="xs">
            <Anchor component={Link} to={`/${siteCode}/orders/${encodeURIComponent(order.id)}`} fw={700}>
              {order.number}
            </Anchor>
            <OrderStatusBadge status={order.status} />
          </Group>
          <Text size="xs" c="dimmed">
            <DateText value={order.placedAt} /> · {order.placedBy.name}
            {order.poNumber ? ` · ${t('PO {number}', { number: order.poNumber })}` : ''}
            {order.placedBy.onBehalf ? (
              <Badge component="span" ml={6} size="xs" variant="outline" color="gray" radius="sm">
                {t('On your behalf')}
              </Badge>
            ) : null}
          </Text>
        </Stack>
        <Text fw={700}>
          <Money value={order.total} />
        </Text>
      </Group>
    </Paper>
  );
}

/** The home page's last few orders: a compact list (phones first), each linking to its detail. */
export function RecentOrders({
  siteCode,
  orders,
}: {
  siteCode: string;
  orders: ReadonlyArray<{ id: string } & FragmentType<typeof RecentOrderItemFragment>>;
}) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {orders.map((order) => (
        <RecentOrderItem key={order.id} siteCode={siteCode} order={order} />
      ))}
    </Stack>
  );
}
