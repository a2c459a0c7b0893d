import { Badge } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { AvailabilityStatus } from '../../../gql/graphql';
import { useFormat } from './format';

export const AvailabilityBadgeFragment = graphql(`
  fragment AvailabilityBadge_availability on Availability {
    status
    expectedDate
  }
`);

const COLORS: Record<AvailabilityStatus, string> = {
  IN_STOCK: 'green',
  LOW_STOCK: 'yellow',
  BACKORDERED: 'orange',
};

/** "In stock", "Low stock" or "Backordered – expected <date>" for a status and date. */
export function useAvailabilityText() {
  const t = useT();
  const { day } = useFormat();
  return (status: AvailabilityStatus, expectedDate: string | null | undefined): string => {
    switch (status) {
      case 'IN_STOCK':
        return t('In stock');
      case 'LOW_STOCK':
        return t('Low stock');
      case 'BACKORDERED':
        return expectedDate
          ? t('Backordered – expected {date}', { date: day(expectedDate) })
          : t('Backordered');
    }
  };
}

export function AvailabilityStatusBadge({
  status,
  expectedDate,
}: {
  status: AvailabilityStatus;
  expectedDate?: string | null;
}) {
  const text = useAvailabilityText();
  return (
    <Badge
      color={COLORS[status]}
      variant="light"
      radius="sm"
      tt="none"
      fw={600}
      styles={{
        root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
      }}
    >
      {text(status, expectedDate)}
    </Badge>
  );
}

/** Overall availability of a product as a coloured badge. */
export function AvailabilityBadge({
  availability: ref,
}: {
  availability: FragmentType<typeof AvailabilityBadgeFragment>;
}) {
  const availability = useFragment(AvailabilityBadgeFragment, ref);
  return <AvailabilityStatusBadge status={availability.status} expectedDate={availability.expectedDate} />;
}
