import { Text, Timeline, Title } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { OrderStatus } from '../../../gql/graphql';
import { DateText } from '../../../ui';
import { orderStatusColor, orderStatusLabel } from './order-status';

export const OrderTimelineFragment = graphql(`
  fragment OrderTimeline_order on Order {
    id
    status
    placedAt
    placedBy {
      name
    }
    timeline {
      status
      at
      actorName
      note
    }
  }
`);

interface Step {
  status: OrderStatus;
  at: string | null;
  actorName: string | null;
  note: string | null;
}

/**
 * What happened to the order, oldest first: placed, approval, shipments, delivery, cancellation. Orders
 * imported from the old system have no events: their placing and present status stand in.
 */
export function OrderTimeline({ order: ref }: { order: FragmentType<typeof OrderTimelineFragment> }) {
  const t = useT();
  const order = useFragment(OrderTimelineFragment, ref);
  const steps: Step[] = order.timeline.length
    ? order.timeline.map((e) => ({
        status: e.status,
        at: e.at,
        actorName: e.actorName ?? null,
        note: e.note ?? null,
      }))
    : [
        { status: 'PLACED', at: order.placedAt, actorName: order.placedBy.name, note: null },
        ...(order.status === 'PLACED'
          ? []
          : [
              {
                status: order.status,
                at: null,
                actorName: null,
                note: t('No details were kept for this older order.'),
              },
            ]),
      ];
  return (
    <section aria-labelledby="order-timeline">
      <Title order={2} fz="lg" id="order-timeline" mb="sm">
        {t('Timeline')}
      </Title>
      <Timeline active={steps.length - 1} bulletSize={14} lineWidth={2} role="list">
        {steps.map((step, i) => (
          <Timeline.Item
            key={`${step.status}-${step.at ?? i}-${i}`}
            role="listitem"
            color={orderStatusColor[step.status]}
            title={
              <Text fw={600} size="sm" component="span">
                {orderStatusLabel(step.status, t)}
              </Text>
            }
          >
            <Text size="xs" c="dimmed">
              {step.at ? <DateText value={step.at} withTime /> : null}
              {step.at && step.actorName ? ' · ' : null}
              {step.actorName ?? (step.at ? t('System') : null)}
            </Text>
            {step.note ? (
              <Text size="sm" mt={2} style={{ overflowWrap: 'anywhere' }}>
                {step.note}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
}
