import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money, ScrollX, useLocale } from '../../../ui';

export const OrderLineRowFragment = graphql(`
  fragment OrderLineRow_line on OrderLine {
    id
    lineNumber
    sku
    name
    quantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
    product {
      id
    }
  }
`);

function OrderLineRow({
  siteCode,
  line: ref,
}: {
  siteCode: string;
  line: FragmentType<typeof OrderLineRowFragment>;
}) {
  const line = useFragment(OrderLineRowFragment, ref);
  const locale = useLocale();
  return (
    <Table.Tr>
      <Table.Td>{line.lineNumber}</Table.Td>
      <Table.Td>
        <Text ff="monospace" size="sm">
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
      <Table.Td ta="right">
        <Money value={line.unitPrice} />
      </Table.Td>
      <Table.Td ta="right">
        <Money value={line.lineTotal} />
      </Table.Td>
    </Table.Tr>
  );
}

export function OrderLinesTable({
  siteCode,
  lines,
}: {
  siteCode: string;
  lines: ReadonlyArray<{ id: string } & FragmentType<typeof OrderLineRowFragment>>;
}) {
  const t = useT();
  return (
    <ScrollX minWidth={640} label={t('Order lines')}>
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
