import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { DateText } from '../../../ui';
import { useFormat } from '../../catalog/components/format';

export const OrderShipmentFragment = graphql(`
  fragment OrderShipment_shipment on Shipment {
    id
    carrier
    trackingNumber
    trackingUrl
    shippedAt
    deliveryGroupPosition
    lines {
      orderLineId
      lineNumber
      sku
      name
      quantity
    }
  }
`);

/** Only http(s) links are followed (the URL may have been typed by a person). */
export function safeTrackingUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function ShipmentCard({
  shipment: ref,
  index,
}: {
  shipment: FragmentType<typeof OrderShipmentFragment>;
  index: number;
}) {
  const { t, plural } = useI18n();
  const { number } = useFormat();
  const shipment = useFragment(OrderShipmentFragment, ref);
  const units = shipment.lines.reduce((sum, line) => sum + line.quantity, 0);
  const link = safeTrackingUrl(shipment.trackingUrl);
  const headingId = `shipment-${shipment.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="li" aria-labelledby={headingId}>
      <Stack gap={2}>
        <Title order={3} fz="md" id={headingId}>
          {t('Shipment {number}', { number: index + 1 })}
        </Title>
        <Text size="xs" c="dimmed">
          <DateText value={shipment.shippedAt} withTime />
          {shipment.deliveryGroupPosition
            ? ` · ${t('Delivery {number}', { number: shipment.deliveryGroupPosition })}`
            : ''}
          {' · '}
          {plural(
            units,
            t('{count} unit', { count: number(units) }),
            t('{count} units', { count: number(units) }),
          )}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {shipment.carrier}
          </Text>
          {link ? (
            <Anchor
              href={link}
              target="_blank"
              rel="noopener noreferrer"
              size="sm"
              ff="monospace"
              style={{ overflowWrap: 'anywhere' }}
              aria-label={t('Track {carrier} parcel {tracking} (opens in a new tab)', {
                carrier: shipment.carrier,
                tracking: shipment.trackingNumber,
              })}
            >
              {shipment.trackingNumber} ↗
            </Anchor>
          ) : (
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {shipment.trackingNumber}
            </Text>
          )}
        </Group>
      </Stack>
      <List size="sm" mt="xs" spacing={2}>
        {shipment.lines.map((line) => (
          <List.Item key={line.orderLineId}>
            {t('{quantity} × {name}', { quantity: number(line.quantity), name: line.name })}{' '}
            <Text span size="xs" c="dimmed" ff="monospace">
              {line.sku}
            </Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

/** Parcels sent so far, oldest first, each with its carrier, a tracking link and what it carried. */
export function OrderShipments({
  shipments,
}: {
  shipments: ReadonlyArray<{ id: string } & FragmentType<typeof OrderShipmentFragment>>;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="order-shipments">
      <Title order={2} fz="lg" id="order-shipments" mb="sm">
        {t('Shipments')}
      </Title>
      {shipments.length ? (
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shipments.map((shipment, i) => (
            <ShipmentCard key={shipment.id} shipment={shipment} index={i} />
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('Nothing has shipped yet.')}
        </Text>
      )}
    </section>
  );
}
