import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money } from '../../../ui';
import { isPositiveAmount } from '../../catalog/components/values';

export const CartTotalsFragment = graphql(`
  fragment CartTotals_cart on Cart {
    totals {
      subtotal {
        amount
        currency
      }
      discounts {
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
      total {
        amount
        currency
      }
    }
  }
`);

function Row({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <Group justify="space-between" gap="md" wrap="nowrap">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : undefined} c={strong ? undefined : 'dimmed'}>
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500}>
        {children}
      </Text>
    </Group>
  );
}

/** Subtotal, savings, shipping, estimated tax and the total of a cart. */
export function CartTotals({ cart: ref }: { cart: FragmentType<typeof CartTotalsFragment> }) {
  const t = useT();
  const { totals } = useFragment(CartTotalsFragment, ref);
  return (
    <Stack gap={6}>
      <Row label={t('Subtotal')}>
        <Money value={totals.subtotal} />
      </Row>
      {isPositiveAmount(totals.discounts.amount) ? (
        <Group justify="space-between" gap="md" wrap="nowrap">
          <Text size="sm" c="green.8">
            {t('You save')}
          </Text>
          <Text size="sm" c="green.8" fw={500}>
            <Money value={totals.discounts} />
          </Text>
        </Group>
      ) : null}
      <Row label={t('Shipping')}>
        <Money value={totals.shipping} />
      </Row>
      <Row label={t('Estimated tax')}>
        <Money value={totals.tax} />
      </Row>
      <Row label={t('Total')} strong>
        <Money value={totals.total} />
      </Row>
    </Stack>
  );
}
