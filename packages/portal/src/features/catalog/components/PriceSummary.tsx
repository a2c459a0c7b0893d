import { Group, Loader, Stack, Text } from '@mantine/core';
import { useT, withNodes } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money } from '../../../ui';
import { useFormat } from './format';
import { UnitPrice } from './ProductCard';
import { isPositiveAmount } from './values';

export const PriceSummaryFragment = graphql(`
  fragment PriceSummary_price on ProductPrice {
    quantity
    unitPrice {
      amount
      currency
    }
    listUnitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
    savings {
      amount
      currency
    }
  }
`);

/** The viewer's unit price at a quantity, the line total and what they save against list prices. */
export function PriceSummary({
  price: ref,
  unit,
  updating,
}: {
  price: FragmentType<typeof PriceSummaryFragment>;
  unit: string;
  /** A new quantity is being priced: this one stays shown until it arrives. */
  updating: boolean;
}) {
  const t = useT();
  const { number } = useFormat();
  const price = useFragment(PriceSummaryFragment, ref);
  const saves = isPositiveAmount(price.savings.amount);
  return (
    <Stack
      gap={4}
      aria-busy={updating || undefined}
      style={{ opacity: updating ? 0.65 : 1, transition: 'opacity 120ms' }}
    >
      <Group gap="xs" align="center">
        <Text size="sm" c="dimmed">
          {t('Your unit price for a quantity of {quantity}', { quantity: number(price.quantity) })}
        </Text>
        {updating ? <Loader size={14} aria-label={t('Updating the price…')} /> : null}
      </Group>
      <UnitPrice
        unitPrice={price.unitPrice}
        listUnitPrice={price.listUnitPrice}
        discounted={saves}
        size="xl"
      />
      <Text size="xs" c="dimmed">
        {t('per {unit}', { unit })}
      </Text>
      <Text size="sm">
        {withNodes(t('Line total: {total}'), {
          total: (
            <Text span fw={700} inherit>
              <Money value={price.lineTotal} />
            </Text>
          ),
        })}
      </Text>
      {saves ? (
        <Text size="sm" c="green.8" fw={600}>
          {withNodes(t('You save {amount} against list prices'), { amount: <Money value={price.savings} /> })}
        </Text>
      ) : null}
    </Stack>
  );
}
