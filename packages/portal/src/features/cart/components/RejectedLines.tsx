import { Badge, Box, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { ScrollX } from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { useAddToCart, type RejectedLine } from '../hooks/use-add-to-cart';

type RowState =
  { kind: 'adding' } | { kind: 'added'; quantity: number } | { kind: 'refused'; message: string };

/**
 * Lines of a quick order that were not added, each with its line number, what was asked, why, and —
 * for a quantity rule — a one-click "Add N" with the nearest allowed quantity. A table, cards on phones.
 */
export function RejectedLines({
  rejected,
  onAdded,
}: {
  rejected: readonly RejectedLine[];
  onAdded: () => void;
}) {
  const { t, plural } = useI18n();
  const { number } = useFormat();
  const { add } = useAddToCart();
  const [rows, setRows] = useState<Record<number, RowState>>({});

  async function addSuggested(line: RejectedLine) {
    if (!line.suggestedQuantity) return;
    const quantity = line.suggestedQuantity;
    setRows((r) => ({ ...r, [line.line]: { kind: 'adding' } }));
    const outcome = await add([{ sku: line.sku, quantity }]);
    const state: RowState =
      outcome.kind === 'added' && outcome.addedCount > 0
        ? { kind: 'added', quantity }
        : {
            kind: 'refused',
            message: outcome.kind === 'refused' ? outcome.message : (outcome.rejected[0]?.message ?? ''),
          };
    setRows((r) => ({ ...r, [line.line]: state }));
    if (state.kind === 'added') onAdded();
  }

  const caption = plural(
    rejected.length,
    t('{count} line was not added', { count: number(rejected.length) }),
    t('{count} lines were not added', { count: number(rejected.length) }),
  );

  const action = (line: RejectedLine, size: 'xs' | 'sm') => {
    const state = rows[line.line];
    if (state?.kind === 'added')
      return (
        <Badge color="green" variant="light" radius="sm" tt="none">
          {t('Added {quantity}', { quantity: number(state.quantity) })}
        </Badge>
      );
    if (!line.suggestedQuantity) return null;
    return (
      <Stack gap={2} align="flex-start">
        <Button
          size={size}
          variant="light"
          loading={state?.kind === 'adding'}
          onClick={() => void addSuggested(line)}
          aria-label={t('Add {quantity} of {sku}', {
            quantity: number(line.suggestedQuantity),
            sku: line.sku,
          })}
        >
          {t('Add {quantity}', { quantity: number(line.suggestedQuantity) })}
        </Button>
        {state?.kind === 'refused' ? (
          <Text size="xs" c="red.8" role="alert">
            {state.message}
          </Text>
        ) : null}
      </Stack>
    );
  };

  return (
    <section aria-label={caption}>
      <Text fw={600} mb="xs">
        {caption}
      </Text>
      <Box hiddenFrom="sm">
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rejected.map((line) => (
            <Paper component="li" key={`${line.line}-${line.sku}`} withBorder radius="md" p="sm">
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('Line {line}: {sku}', { line: line.line, sku: line.sku || '—' })}
                  {line.quantity != null ? ` × ${number(line.quantity)}` : ''}
                </Text>
                <Text size="sm">{line.message}</Text>
                {line.suggestedQuantity ? (
                  <Text size="xs" c="dimmed">
                    {t('Suggested quantity: {quantity}', { quantity: number(line.suggestedQuantity) })}
                  </Text>
                ) : null}
                {action(line, 'xs')}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Box>
      <Box visibleFrom="sm">
        <ScrollX minWidth={640} label={caption}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('Line')}</Table.Th>
                <Table.Th scope="col">{t('SKU')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('Qty')}
                </Table.Th>
                <Table.Th scope="col">{t('Why')}</Table.Th>
                <Table.Th scope="col">{t('Suggested quantity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rejected.map((line) => (
                <Table.Tr key={`${line.line}-${line.sku}`}>
                  <Table.Td>{number(line.line)}</Table.Td>
                  <Table.Td ff="monospace">{line.sku || '—'}</Table.Td>
                  <Table.Td ta="right">{line.quantity != null ? number(line.quantity) : '—'}</Table.Td>
                  <Table.Td>{line.message}</Table.Td>
                  <Table.Td>{action(line, 'xs') ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollX>
      </Box>
    </section>
  );
}
