import { Badge, Table, Text, Title } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money } from '../../../ui';
import { useFormat } from './format';
import { tierIndexFor } from './tiers';

export const TierTableFragment = graphql(`
  fragment TierTable_tierTable on PriceTierTable {
    mode
    tiers {
      minQuantity
      maxQuantity
      unitPrice {
        amount
        currency
      }
      adjustment
    }
  }
`);

/** Volume tiers ("10–24 · $55.94 · 5% off"), the tier of the chosen quantity highlighted. */
export function TierTable({
  tierTable: ref,
  quantity,
}: {
  tierTable: FragmentType<typeof TierTableFragment>;
  quantity: number | null;
}) {
  const t = useT();
  const { number } = useFormat();
  const table = useFragment(TierTableFragment, ref);
  const current = tierIndexFor(table.tiers, quantity);
  return (
    <section aria-labelledby="volume-pricing">
      <Title order={2} fz="lg" id="volume-pricing" mb={4}>
        {t('Volume pricing')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {table.mode === 'RANGE'
          ? t('Each unit is priced at the tier of its position in the quantity.')
          : t('The whole quantity is priced at the tier it reaches.')}{' '}
        {t('Before promotions.')}
      </Text>
      <Table withTableBorder verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('Quantity')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('Unit price')}
            </Table.Th>
            <Table.Th scope="col">{t('Discount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.tiers.map((tier, i) => {
            const isCurrent = i === current;
            return (
              <Table.Tr
                key={tier.minQuantity}
                aria-current={isCurrent ? 'true' : undefined}
                bg={isCurrent ? 'var(--mantine-primary-color-light)' : undefined}
                fw={isCurrent ? 600 : undefined}
              >
                <Table.Th scope="row" fw="inherit">
                  {tier.maxQuantity == null
                    ? t('{min} or more', { min: number(tier.minQuantity) })
                    : t('{min}–{max}', { min: number(tier.minQuantity), max: number(tier.maxQuantity) })}
                  {isCurrent ? (
                    <Badge size="xs" ml={6} variant="filled" radius="sm" tt="none">
                      {t('Your quantity')}
                    </Badge>
                  ) : null}
                </Table.Th>
                <Table.Td ta="right">
                  <Money value={tier.unitPrice} />
                </Table.Td>
                <Table.Td>{tier.adjustment}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}
