import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { PriceStepKind } from '../../../gql/graphql';
import { Money } from '../../../ui';
import { useFormat } from './format';

export const PriceExplanationFragment = graphql(`
  fragment PriceExplanation_price on ProductPrice {
    quantity
    steps {
      kind
      recordId
      label
      note
      unitPrice {
        amount
        currency
      }
    }
  }
`);

export function useStepKindLabel() {
  const t = useT();
  return (kind: PriceStepKind): string => {
    switch (kind) {
      case 'LIST':
        return t('List price');
      case 'BOOK':
        return t('Price book');
      case 'CONTRACT':
        return t('Contract');
      case 'TIER':
        return t('Volume tier');
      case 'PROMOTION':
        return t('Promotion');
    }
  };
}

/** How the price was reached: list price, then book or contract, tier and promotions, in order. */
export function PriceExplanation({ price: ref }: { price: FragmentType<typeof PriceExplanationFragment> }) {
  const t = useT();
  const { number } = useFormat();
  const kindLabel = useStepKindLabel();
  const price = useFragment(PriceExplanationFragment, ref);
  return (
    <section aria-labelledby="price-explanation">
      <Title order={2} fz="lg" id="price-explanation" mb={4}>
        {t('How your price is calculated')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('For {quantity}, each step gives the unit price after it.', { quantity: number(price.quantity) })}
      </Text>
      <List
        type="ordered"
        spacing="sm"
        styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
      >
        {price.steps.map((step) => (
          <List.Item key={`${step.kind}-${step.recordId}`}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap={6} wrap="wrap">
                  <Text fw={600} size="sm">
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
    </section>
  );
}
