import { Box, Card, Divider, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money, ScrollX, useLocale } from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { formatDayLong } from '../../cart/components/delivery-dates';
import { shippingMethodLabel } from '../../cart/components/DeliveryGroupCard';

export const CheckoutReviewFragment = graphql(`
  fragment CheckoutReview_cart on Cart {
    deliveryGroups {
      id
      address {
        id
        label
        text
      }
      desiredDate
      shippingMethod
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
    }
    lines {
      id
      sku
      name
      quantity
      deliveryGroupId
      price {
        unitPrice {
          amount
          currency
        }
        lineTotal {
          amount
          currency
        }
      }
    }
  }
`);

/** What will be ordered: each delivery (where, when, how) with its lines and charges. */
export function CheckoutReview({ cart: ref }: { cart: FragmentType<typeof CheckoutReviewFragment> }) {
  const { t } = useI18n();
  const locale = useLocale();
  const { number } = useFormat();
  const cart = useFragment(CheckoutReviewFragment, ref);
  return (
    <Stack gap="md">
      {cart.deliveryGroups.map((group, i) => {
        const lines = cart.lines.filter((l) => l.deliveryGroupId === group.id);
        const caption = t('Lines of delivery {number}', { number: i + 1 });
        return (
          <Card
            key={group.id}
            withBorder
            radius="md"
            padding="md"
            component="section"
            aria-labelledby={`review-${group.id}`}
          >
            <Stack gap={2} mb="sm">
              <Title order={3} fz="md" id={`review-${group.id}`}>
                {group.address
                  ? t('Delivery {number} · {place}', { number: i + 1, place: group.address.label })
                  : t('Delivery {number}', { number: i + 1 })}
              </Title>
              {group.address ? (
                <Text size="xs" c="dimmed">
                  {group.address.text}
                </Text>
              ) : null}
              <Text size="sm">
                {group.desiredDate
                  ? t('Delivery on {date} · {method}', {
                      date: formatDayLong(group.desiredDate, locale),
                      method: shippingMethodLabel(group.shippingMethod, t),
                    })
                  : shippingMethodLabel(group.shippingMethod, t)}
              </Text>
            </Stack>
            {/* Phones: one line per row with its total in view; wider screens: a table. */}
            <Stack
              component="ul"
              gap={6}
              hiddenFrom="sm"
              aria-label={caption}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {lines.map((line) => (
                <Group
                  component="li"
                  key={line.id}
                  justify="space-between"
                  align="flex-start"
                  wrap="nowrap"
                  gap="sm"
                >
                  <Box style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500}>
                      {line.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {line.sku} · {number(line.quantity)} ×{' '}
                      {line.price ? <Money value={line.price.unitPrice} /> : '—'}
                    </Text>
                  </Box>
                  <Text size="sm" fw={600}>
                    {line.price ? <Money value={line.price.lineTotal} /> : '—'}
                  </Text>
                </Group>
              ))}
            </Stack>
            <Box visibleFrom="sm">
              <ScrollX minWidth={480} label={caption}>
                <Table verticalSpacing={6} fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('Product')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('Qty')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('Unit price')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('Line total')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {lines.map((line) => (
                      <Table.Tr key={line.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {line.name}
                          </Text>
                          <Text size="xs" c="dimmed" ff="monospace">
                            {line.sku}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{number(line.quantity)}</Table.Td>
                        <Table.Td ta="right">
                          {line.price ? <Money value={line.price.unitPrice} /> : '—'}
                        </Table.Td>
                        <Table.Td ta="right">
                          {line.price ? <Money value={line.price.lineTotal} /> : '—'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollX>
            </Box>
            <Divider my="xs" />
            <Group justify="flex-end" gap="lg" wrap="wrap">
              <Text size="sm">
                {t('Subtotal')}{' '}
                <Text span fw={600} inherit>
                  <Money value={group.subtotal} />
                </Text>
              </Text>
              <Text size="sm">
                {t('Shipping')}{' '}
                <Text span fw={600} inherit>
                  <Money value={group.shipping} />
                </Text>
              </Text>
              <Text size="sm">
                {t('Estimated tax')}{' '}
                <Text span fw={600} inherit>
                  <Money value={group.tax} />
                </Text>
              </Text>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
