import {
  Alert,
  Box,
  Button,
  CloseButton,
  Group,
  Paper,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../app/errors';
import { useI18n, type TFunction } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { TierAdjustmentKind, TierMode } from '../../../gql/graphql';
import { formatMoney, useLocale } from '../../../ui';
import { useSaveVolumeTiers } from '../hooks/use-volume-tiers';
import {
  adjustmentKinds,
  adjustmentLabel,
  formatDecimal,
  tierModeExplanation,
  tierModeLabel,
} from './labels';
import { ProblemSummary, StaleEditAlert } from './Notices';
import { problemAt, problemsUnder, unplacedProblems, type Problem } from './problems';
import { appendTier, tierHints, toTierInputs, type TierDraft, type TierHint } from './tier-rows';
import { normalizeAmount, parseWhole } from './values';

export const TierEditorFragment = graphql(`
  fragment TierEditor_table on VolumeTierTableAdmin {
    sku
    currency
    mode
    updatedAt
    tiers {
      lowerBound
      upperBound
      adjustment
      value
    }
  }
`);

function hintText(hint: TierHint, t: TFunction): string {
  switch (hint.code) {
    case 'LOWER_NOT_WHOLE':
      return t('“From” must be a whole number of at least 1.');
    case 'UPPER_NOT_WHOLE':
      return t('“Up to” must be a whole number above “From”, or empty for “and above”.');
    case 'EMPTY_RANGE':
      return t('This tier is empty: “Up to” must be above “From”.');
    case 'GAP':
      return t('Gap: quantities {from} to {to} fall in no tier.', { from: hint.from, to: hint.to });
    case 'OVERLAP':
      return t('Overlap: the tier before runs up to {quantity}; start this one there.', {
        quantity: hint.previousUpper,
      });
    case 'OPEN_NOT_LAST':
      return t('Only the last tier can be “and above”.');
    case 'VALUE_NOT_PERCENT':
      return t('Enter a percentage above 0 and at most 100.');
    case 'VALUE_NOT_AMOUNT':
      return t('Enter an amount like 12.50.');
  }
}

/** "10–24 units: 5% off", for the row's own summary. */
function useTierSummary(currency: string) {
  const { t } = useI18n();
  const locale = useLocale();
  return (row: TierDraft): string | null => {
    const lower = parseWhole(row.lowerBound);
    const upper = row.upperBound.trim() ? parseWhole(row.upperBound) : null;
    const value = normalizeAmount(row.value);
    if (lower === null || value === null || (row.upperBound.trim() && (upper === null || upper <= lower)))
      return null;
    const range =
      upper === null
        ? t('{from} units and above', { from: lower })
        : upper - 1 === lower
          ? t('{from} units', { from: lower })
          : t('{from}–{to} units', { from: lower, to: upper - 1 });
    const money = () => formatMoney({ amount: value, currency }, locale);
    const effect =
      row.adjustment === 'PERCENT_OFF'
        ? t('{percent}% off', { percent: formatDecimal(value, locale) })
        : row.adjustment === 'AMOUNT_OFF'
          ? t('{amount} off each unit', { amount: money() })
          : t('{amount} per unit', { amount: money() });
    return t('{range}: {effect}', { range, effect });
  };
}

export interface TierEditorProps {
  table: FragmentType<typeof TierEditorFragment>;
  /** A message for the page after a save; null when a new attempt starts. */
  onSaved: (message: string | null) => void;
  onReload: () => Promise<unknown>;
}

/**
 * Edits a product's volume tiers in one currency: the mode and the rows. Hints point at gaps and
 * overlaps as you type; saving replaces the whole table and the server's problems show at their rows.
 */
export function TierEditor(props: TierEditorProps) {
  const table = useFragment(TierEditorFragment, props.table);
  // A saved or reloaded table (new updatedAt) starts the editor again from what the server stored.
  return <TierEditorForm key={`${table.sku}:${table.currency}:${table.updatedAt ?? 'none'}`} {...props} />;
}

function TierEditorForm({ table: ref, onSaved, onReload }: TierEditorProps) {
  const { t, plural } = useI18n();
  const table = useFragment(TierEditorFragment, ref);
  const phone = useMediaQuery('(max-width: 47.99em)');
  const summary = useTierSummary(table.currency);
  const { save, saving } = useSaveVolumeTiers(table.sku, table.currency);
  const [mode, setMode] = useState<TierMode>(table.mode);
  const [rows, setRows] = useState<TierDraft[]>(() =>
    table.tiers.map((tier, i) => ({
      key: i,
      lowerBound: String(tier.lowerBound),
      upperBound: tier.upperBound === null || tier.upperBound === undefined ? '' : String(tier.upperBound),
      adjustment: tier.adjustment,
      value: tier.value,
    })),
  );
  const [nextKey, setNextKey] = useState(rows.length);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [unsendable, setUnsendable] = useState(false);
  const hints = tierHints(rows);

  const setRow = (key: number, change: Partial<TierDraft>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblems([]);
    setFailure(null);
    onSaved(null);
    const tiers = toTierInputs(rows);
    setUnsendable(tiers === null);
    if (!tiers) return;
    try {
      const outcome = await save({
        sku: table.sku,
        currency: table.currency,
        mode,
        tiers,
        expectedUpdatedAt: table.updatedAt ?? null,
      });
      if (outcome.kind === 'saved')
        onSaved(
          outcome.count
            ? plural(
                outcome.count,
                t('{count} tier saved for {sku} in {currency}.', {
                  count: outcome.count,
                  sku: table.sku,
                  currency: table.currency,
                }),
                t('{count} tiers saved for {sku} in {currency}.', {
                  count: outcome.count,
                  sku: table.sku,
                  currency: table.currency,
                }),
              )
            : t('Volume tiers removed for {sku} in {currency}.', {
                sku: table.sku,
                currency: table.currency,
              }),
        );
      else if (outcome.kind === 'invalid') setProblems(outcome.problems);
      else setStale(true);
    } catch (error) {
      setFailure(error);
    }
  }

  async function reload() {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  }

  const unplaced = unplacedProblems(problems, [/^tiers\[\d+\]/]);
  const rowFields = (row: TierDraft, i: number) => {
    const label = (text: string) => (phone ? text : undefined);
    const aria = (text: string) =>
      phone ? undefined : t('{field}, tier {number}', { field: text, number: i + 1 });
    const percent = row.adjustment === 'PERCENT_OFF';
    return {
      lower: (
        <TextInput
          label={label(t('From'))}
          aria-label={aria(t('From'))}
          inputMode="numeric"
          value={row.lowerBound}
          onChange={(e) => setRow(row.key, { lowerBound: e.currentTarget.value })}
          error={problemAt(problems, `tiers[${i}].lowerBound`)}
          w={phone ? undefined : 90}
        />
      ),
      upper: (
        <TextInput
          label={label(t('Up to (not included)'))}
          aria-label={aria(t('Up to (not included)'))}
          inputMode="numeric"
          placeholder={t('and above')}
          value={row.upperBound}
          onChange={(e) => setRow(row.key, { upperBound: e.currentTarget.value })}
          error={problemAt(problems, `tiers[${i}].upperBound`)}
          w={phone ? undefined : 120}
        />
      ),
      adjustment: (
        <Select
          label={label(t('Adjustment'))}
          aria-label={aria(t('Adjustment'))}
          data={adjustmentKinds.map((k) => ({ value: k, label: adjustmentLabel(k, t) }))}
          value={row.adjustment}
          onChange={(value) => value && setRow(row.key, { adjustment: value as TierAdjustmentKind })}
          allowDeselect={false}
          w={phone ? undefined : 200}
          comboboxProps={{ withinPortal: true }}
        />
      ),
      value: (
        <TextInput
          label={label(t('Value'))}
          aria-label={aria(t('Value'))}
          inputMode="decimal"
          value={row.value}
          onChange={(e) => setRow(row.key, { value: e.currentTarget.value })}
          error={problemAt(problems, `tiers[${i}].value`)}
          rightSection={
            <Text size="xs" c="dimmed">
              {percent ? '%' : table.currency}
            </Text>
          }
          rightSectionWidth={percent ? 28 : 42}
          w={phone ? undefined : 130}
        />
      ),
      remove: (
        <CloseButton
          aria-label={t('Remove tier {number}', { number: i + 1 })}
          onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
        />
      ),
    };
  };

  const rowNotes = (row: TierDraft, i: number) => {
    // Problems of the row as a whole (a gap, an overlap); those of one input show at that input.
    const shownAtInputs = ['lowerBound', 'upperBound', 'value'].map((f) => `tiers[${i}].${f}`);
    const serverMessages = problemsUnder(problems, `tiers[${i}]`, shownAtInputs);
    const text = summary(row);
    return (
      <Stack gap={2}>
        {text ? (
          <Text size="xs" c="dimmed">
            {text}
          </Text>
        ) : null}
        {serverMessages.map((m) => (
          <Text key={m} size="xs" c="red">
            {m}
          </Text>
        ))}
        {hints[i]!.map((hint) => (
          <Text key={hint.code} size="xs" c="orange.8">
            {hintText(hint, t)}
          </Text>
        ))}
      </Stack>
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      {stale ? <StaleEditAlert onReload={() => void reload()} reloading={reloading} /> : null}
      {problems.length ? <ProblemSummary count={problems.length} unplaced={unplaced} /> : null}
      {failure ? (
        <Alert color="red" variant="light" role="alert" mb="md" title={t('Nothing was saved')}>
          {describeError(failure, t)}
        </Alert>
      ) : null}
      {unsendable ? (
        <Alert color="red" variant="light" role="alert" mb="md" title={t('Nothing was saved')}>
          {t('Every “From” and “Up to” must be a whole number (leave “Up to” empty for “and above”).')}
        </Alert>
      ) : null}
      <Stack gap="lg">
        <Radio.Group
          label={t('How tiers price a quantity')}
          value={mode}
          onChange={(value) => setMode(value as TierMode)}
        >
          <Stack gap="xs" mt="xs">
            {(['SLAB', 'RANGE'] as const).map((m) => (
              <Radio key={m} value={m} label={tierModeLabel(m, t)} description={tierModeExplanation(m, t)} />
            ))}
          </Stack>
        </Radio.Group>

        <Box>
          <Text fw={600} size="sm" mb={4} id="tier-rows-label">
            {t('Tiers')}
          </Text>
          <Text size="sm" c="dimmed" mb="sm">
            {t(
              '“From” is included and “Up to” is not: 10 up to 25 covers 10 to 24 units. Quantities below the first tier pay the price of the book.',
            )}
          </Text>
          {rows.length === 0 ? (
            <Paper withBorder radius="md" p="md" mb="sm">
              <Text size="sm">
                {table.updatedAt
                  ? t('No tiers: saving now removes this product’s volume pricing in {currency}.', {
                      currency: table.currency,
                    })
                  : t('No tiers yet. Add the first one.')}
              </Text>
            </Paper>
          ) : phone ? (
            <Stack
              component="ol"
              gap="sm"
              aria-labelledby="tier-rows-label"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {rows.map((row, i) => {
                const f = rowFields(row, i);
                return (
                  <Paper
                    key={row.key}
                    component="li"
                    withBorder
                    radius="md"
                    p="sm"
                    bg={
                      problemsUnder(problems, `tiers[${i}]`).length
                        ? 'var(--mantine-color-red-light)'
                        : undefined
                    }
                  >
                    <Group justify="space-between" mb={4}>
                      <Text fw={600} size="sm">
                        {t('Tier {number}', { number: i + 1 })}
                      </Text>
                      {f.remove}
                    </Group>
                    <Stack gap="xs">
                      <Group grow gap="xs" align="flex-start">
                        {f.lower}
                        {f.upper}
                      </Group>
                      {f.adjustment}
                      {f.value}
                      {rowNotes(row, i)}
                    </Stack>
                  </Paper>
                );
              })}
            </Stack>
          ) : (
            <Table verticalSpacing="xs" aria-labelledby="tier-rows-label">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('From')}</Table.Th>
                  <Table.Th scope="col">{t('Up to (not included)')}</Table.Th>
                  <Table.Th scope="col">{t('Adjustment')}</Table.Th>
                  <Table.Th scope="col">{t('Value')}</Table.Th>
                  <Table.Th scope="col">{t('Meaning')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('Actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, i) => {
                  const f = rowFields(row, i);
                  return (
                    <Table.Tr
                      key={row.key}
                      style={{
                        verticalAlign: 'top',
                        background: problemsUnder(problems, `tiers[${i}]`).length
                          ? 'var(--mantine-color-red-light)'
                          : undefined,
                      }}
                    >
                      <Table.Td>{f.lower}</Table.Td>
                      <Table.Td>{f.upper}</Table.Td>
                      <Table.Td>{f.adjustment}</Table.Td>
                      <Table.Td>{f.value}</Table.Td>
                      <Table.Td>{rowNotes(row, i)}</Table.Td>
                      <Table.Td>{f.remove}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          <Group mt="sm">
            <Button
              variant="light"
              size="xs"
              onClick={() => {
                setRows((all) => appendTier(all, nextKey));
                setNextKey((k) => k + 1);
              }}
              disabled={rows.length >= 20}
            >
              {t('Add a tier')}
            </Button>
          </Group>
        </Box>

        <Group justify="flex-end" gap="sm">
          <Button type="submit" loading={saving} disabled={stale}>
            {rows.length ? t('Save tiers') : table.updatedAt ? t('Remove all tiers') : t('Save tiers')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
