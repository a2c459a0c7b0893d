import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money } from '../../../ui';
import { useStepKindLabel } from '../../catalog/components/PriceExplanation';

export const LinePriceStepsFragment = graphql(`
  fragment LinePriceSteps_price on ProductPrice {
    steps {
      kind
      label
      note
      unitPrice {
        amount
        currency
      }
    }
  }
`);

/** How a cart line's unit price was reached, step by step (list, book or contract, tier, promotions, offers). */
export function LinePriceSteps({
  price: ref,
  id,
}: {
  price: FragmentType<typeof LinePriceStepsFragment>;
  id: string;
}) {
  const kindLabel = useStepKindLabel();
  const { steps } = useFragment(LinePriceStepsFragment, ref);
  return (
    <List
      id={id}
      type="ordered"
      size="sm"
      spacing={6}
      styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
    >
      {steps.map((step, i) => (
        <List.Item key={`${step.kind}-${i}`}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={600}>
                  {step.label}
                </Text>
                <Badge size="xs" variant="light" radius="sm" tt="none">
                  {kindLabel(step.kind)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {step.note}
              </Text>
            </Stack>
            <Text size="sm" fw={600}>
              <Money value={step.unitPrice} />
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
