import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money } from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { deliveryStatusColor, deliveryStatusLabel, shippingMethodLabel } from './delivery-labels';

export const OrderDeliveryGroupFragment = graphql(`
  fragment OrderDeliveryGroup_group on OrderDeliveryGroup {
    id
    position
    addressLabel
    addressText
    desiredDate
    shippingMethod
    status
    subtotal {
      amount
      currency
    }
    shipping {
      amount
      currency
    }
    tax {
      amount
      currency
    }
    lines {
      id
      lineNumber
      sku
      name
      quantity
      quantityShipped
    }
  }
`);

function DeliveryGroupCard({ group: ref }: { group: FragmentType<typeof OrderDeliveryGroupFragment> }) {
  const { t } = useI18n();
  const { number, day } = useFormat();
  const group = useFragment(OrderDeliveryGroupFragment, ref);
  const headingId = `delivery-${group.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" mb="xs">
        <Title order={3} fz="md" id={headingId}>
          {t('Delivery {number}', { number: group.position })}
        </Title>
        <Badge color={deliveryStatusColor[group.status]} variant="light" radius="sm">
          {deliveryStatusLabel(group.status, t)}
        </Badge>
      </Group>
      <Text size="sm" component="address" style={{ fontStyle: 'normal' }}>
        <strong>{group.addressLabel}</strong>
        <br />
        {group.addressText}
      </Text>
      <Text size="sm" c="dimmed" mt={4}>
        {t('Wanted by {date} · {method}', {
          date: day(group.desiredDate),
          method: shippingMethodLabel(group.shippingMethod, t),
        })}
      </Text>
      <Table mt="sm" verticalSpacing={4} fz="sm">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text span size="xs" c="dimmed">
            {t('Lines in this delivery')}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('Product')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('Qty')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('qty column|Shipped')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.lines.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {line.name}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {line.sku}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{number(line.quantity)}</Table.Td>
              <Table.Td ta="right">{number(line.quantityShipped)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap={2} mt="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('Subtotal')}
          </Text>
          <Text size="sm">
            <Money value={group.subtotal} />
          </Text>
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('Shipping')}
          </Text>
          <Text size="sm">
            <Money value={group.shipping} />
          </Text>
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('Tax')}
          </Text>
          <Text size="sm">
            <Money value={group.tax} />
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}

/** Where and when each part of the order ships, with its lines and what has shipped of them. */
export function OrderDeliveryGroups({
  groups,
}: {
  groups: ReadonlyArray<{ id: string } & FragmentType<typeof OrderDeliveryGroupFragment>>;
}) {
  const { t } = useI18n();
  if (!groups.length) return null;
  return (
    <section aria-labelledby="order-deliveries">
      <Title order={2} fz="lg" id="order-deliveries" mb="sm">
        {groups.length > 1 ? t('Deliveries') : t('Delivery')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: groups.length > 1 ? 2 : 1 }} spacing="md">
        {groups.map((group) => (
          <DeliveryGroupCard key={group.id} group={group} />
        ))}
      </SimpleGrid>
    </section>
  );
}
