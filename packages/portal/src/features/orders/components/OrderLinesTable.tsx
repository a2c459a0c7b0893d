import { Anchor, Badge, Button, Group, List, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money, ScrollX, useLocale } from '../../../ui';
import { useStepKindLabel } from '../../catalog/components/PriceExplanation';

export const OrderLineRowFragment = graphql(`
  fragment OrderLineRow_line on OrderLine {
    id
    lineNumber
    sku
    name
    quantity
    quantityShipped
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
    priceSteps {
      kind
      label
      note
      unitPrice {
        amount
        currency
      }
    }
    product {
      id
    }
  }
`);

const COLUMNS = 7;

function OrderLineRow({
  siteCode,
  line: ref,
}: {
  siteCode: string;
  line: FragmentType<typeof OrderLineRowFragment>;
}) {
  const line = useFragment(OrderLineRowFragment, ref);
  const locale = useLocale();
  const t = useT();
  const kindLabel = useStepKindLabel();
  const [explained, setExplained] = useState(false);
  const detailsId = `line-price-${line.id}`;
  const belowList = !!line.listUnitPrice && line.listUnitPrice.amount !== line.unitPrice.amount;
  return (
    <>
      <Table.Tr>
        <Table.Td>{line.lineNumber}</Table.Td>
        <Table.Td>
          <Text ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>
            {line.sku}
          </Text>
        </Table.Td>
        <Table.Td>
          {line.product ? (
            <Anchor component={Link} to={`/${siteCode}/products/${encodeURIComponent(line.product.id)}`}>
              {line.name}
            </Anchor>
          ) : (
            line.name
          )}
        </Table.Td>
        <Table.Td ta="right">{line.quantity.toLocaleString(locale)}</Table.Td>
        <Table.Td ta="right">{line.quantityShipped.toLocaleString(locale)}</Table.Td>
        <Table.Td ta="right">
          <Stack gap={0} align="flex-end">
            <Money value={line.unitPrice} />
            {belowList && line.listUnitPrice ? (
              <Text size="xs" c="dimmed" title={t('List price')}>
                <VisuallyHidden>{t('List price')} </VisuallyHidden>
                <s>
                  <Money value={line.listUnitPrice} />
                </s>
              </Text>
            ) : null}
            {line.priceSteps.length ? (
              <Button
                variant="subtle"
                size="compact-xs"
                onClick={() => setExplained((open) => !open)}
                aria-expanded={explained}
                aria-controls={explained ? detailsId : undefined}
              >
                {explained ? t('Hide price details') : t('How is it calculated?')}
                <VisuallyHidden> ({line.sku})</VisuallyHidden>
              </Button>
            ) : null}
          </Stack>
        </Table.Td>
        <Table.Td ta="right">
          <Money value={line.lineTotal} />
        </Table.Td>
      </Table.Tr>
      {explained ? (
        <Table.Tr>
          <Table.Td colSpan={COLUMNS} bg="gray.0">
            <List
              id={detailsId}
              type="ordered"
              size="sm"
              spacing={4}
              aria-label={t('How the price of {sku} was reached', { sku: line.sku })}
              styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
            >
              {line.priceSteps.map((step, i) => (
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
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

/** An order's lines with what has shipped of each; how a unit price was reached opens on demand. */
export function OrderLinesTable({
  siteCode,
  lines,
}: {
  siteCode: string;
  lines: ReadonlyArray<{ id: string } & FragmentType<typeof OrderLineRowFragment>>;
}) {
  const t = useT();
  return (
    <ScrollX minWidth={720} label={t('Order lines')}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('Line')}</Table.Th>
            <Table.Th scope="col">{t('SKU')}</Table.Th>
            <Table.Th scope="col">{t('Product')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('Qty')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('qty column|Shipped')}
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
            <OrderLineRow key={line.id} siteCode={siteCode} line={line} />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollX>
  );
}
