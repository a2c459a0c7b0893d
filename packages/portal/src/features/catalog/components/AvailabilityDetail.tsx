import { Group, List, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { AvailabilityStatusBadge } from './AvailabilityBadge';
import { useFormat } from './format';

export const AvailabilityDetailFragment = graphql(`
  fragment AvailabilityDetail_availability on Availability {
    status
    onHand
    expectedDate
    warehouses {
      warehouse
      city
      status
      onHand
      expectedDate
    }
  }
`);

/**
 * Overall availability, then each warehouse with what it has on hand or when it expects more (a list
 * rather than a table, so it fits a phone without scrolling sideways).
 */
export function AvailabilityDetail({
  availability: ref,
}: {
  availability: FragmentType<typeof AvailabilityDetailFragment>;
}) {
  const t = useT();
  const { number } = useFormat();
  const a = useFragment(AvailabilityDetailFragment, ref);
  return (
    <section aria-labelledby="availability">
      <Title order={2} fz="lg" id="availability" mb="xs">
        {t('Availability')}
      </Title>
      <Group gap="sm" mb="sm">
        <AvailabilityStatusBadge status={a.status} expectedDate={a.expectedDate} />
        <Text size="sm" c="dimmed">
          {t('{count} on hand across warehouses', { count: number(a.onHand) })}
        </Text>
      </Group>
      {a.warehouses.length > 0 ? (
        <List listStyleType="none" spacing={0} ml={0} pl={0} aria-label={t('Availability by warehouse')}>
          {a.warehouses.map((w) => (
            <List.Item
              key={w.warehouse}
              py={8}
              style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
              styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
            >
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {w.warehouse}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {w.city}
                  </Text>
                </Stack>
                <Stack gap={2} align="flex-end">
                  <AvailabilityStatusBadge status={w.status} expectedDate={w.expectedDate} />
                  {w.status !== 'BACKORDERED' ? (
                    <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {t('{count} on hand', { count: number(w.onHand) })}
                    </Text>
                  ) : null}
                </Stack>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
    </section>
  );
}
