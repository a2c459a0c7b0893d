import { Anchor, Badge, Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { DateText, Money, ScrollX } from '../../../ui';
import { OrderStatusBadge } from './OrderStatusBadge';

export const OrderRowFragment = graphql(`
  fragment OrderRow_order on Order {
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

function OrderRow({
  siteCode,
  order: orderRef,
}: {
  siteCode: string;
  order: FragmentType<typeof OrderRowFragment>;
}) {
  const order = useFragment(OrderRowFragment, orderRef);
  const t = useT();
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/${siteCode}/orders/${encodeURIComponent(order.id)}`} fw={600}>
          {order.number}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <DateText value={order.placedAt} />
      </Table.Td>
      <Table.Td>
        <OrderStatusBadge status={order.status} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{order.placedBy.name}</Text>
        {order.placedBy.onBehalf ? (
          <Badge size="xs" variant="outline" color="gray" radius="sm">
            {t('On your behalf')}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>
        {order.poNumber ?? (
          <Text c="dimmed" span size="sm">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        <Money value={order.total} />
      </Table.Td>
    </Table.Tr>
  );
}

/** One order as a card, for phones: every figure visible without scrolling sideways. */
function OrderCard({
  siteCode,
  order: orderRef,
}: {
  siteCode: string;
  order: FragmentType<typeof OrderRowFragment>;
}) {
  const order = useFragment(OrderRowFragment, orderRef);
  const t = useT();
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Anchor component={Link} to={`/${siteCode}/orders/${encodeURIComponent(order.id)}`} fw={600}>
              {order.number}
            </Anchor>
            <OrderStatusBadge status={order.status} />
          </Group>
          <Text size="xs" c="dimmed">
            <DateText value={order.placedAt} /> · {order.placedBy.name}
            {order.placedBy.onBehalf ? ` (${t('on your behalf')})` : ''}
            {order.poNumber ? ` · ${order.poNumber}` : ''}
          </Text>
        </Stack>
        <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
          <Money value={order.total} />
        </Text>
      </Group>
    </Paper>
  );
}

export interface OrdersTableProps {
  siteCode: string;
  orders: ReadonlyArray<{ id: string } & FragmentType<typeof OrderRowFragment>>;
  caption: string;
}

/** Orders as a table, and as a list of cards on phones (a table there would hide the totals). */
export function OrdersTable({ siteCode, orders, caption }: OrdersTableProps) {
  const t = useT();
  return (
    <>
      <Box hiddenFrom="sm">
        <Text size="sm" c="dimmed" mb="xs">
          {caption}
        </Text>
        <Stack
          component="ul"
          gap="xs"
          aria-label={caption}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {orders.map((order) => (
            <OrderCard key={order.id} siteCode={siteCode} order={order} />
          ))}
        </Stack>
      </Box>
      <Box visibleFrom="sm">
        <ScrollX minWidth={760} label={caption}>
          <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
            <Table.Caption style={{ textAlign: 'left' }}>
              <Text span size="sm" c="dimmed">
                {caption}
              </Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('Order')}</Table.Th>
                <Table.Th scope="col">{t('date column|Placed')}</Table.Th>
                <Table.Th scope="col">{t('Status')}</Table.Th>
                <Table.Th scope="col">{t('Placed by')}</Table.Th>
                <Table.Th scope="col">{t('PO number')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('Total')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orders.map((order) => (
                <OrderRow key={order.id} siteCode={siteCode} order={order} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollX>
      </Box>
    </>
  );
}
