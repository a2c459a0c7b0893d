import { Box, Button, Group, MultiSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../../app/i18n';
import type { InvoiceStatus } from '../../../gql/graphql';
import { isDay } from '../../../ui';
import { invoiceStatusLabel } from './invoice-labels';
import {
  invoiceFilterCount,
  invoiceStatuses,
  isAmount,
  isReversedAmounts,
  isReversedDays,
  MAX_INVOICE_SEARCH,
  type InvoiceListState,
} from './invoice-params';

export interface InvoiceListFiltersProps {
  state: InvoiceListState;
  onChange: (change: Partial<InvoiceListState>) => void;
  onClear: () => void;
}

/**
 * Search (as you type), status, due date range, amount range and order number. Dates and amounts are
 * applied when valid; an invalid one (or a range that ends before it starts) says why next to its
 * field and is not sent, so the list keeps the last valid results. On a phone everything but the
 * search folds behind a "Filters" button, so the invoices come first.
 */
export function InvoiceListFilters({ state, onChange, onClear }: InvoiceListFiltersProps) {
  const t = useT();
  const [text, setText] = useState(state.q);
  const [debounced] = useDebouncedValue(text, 300);
  const pushed = useRef(state.q);
  useEffect(() => {
    if (state.q !== pushed.current) {
      pushed.current = state.q;
      setText(state.q);
    }
  }, [state.q]);
  useEffect(() => {
    const term = debounced.trim();
    if (term === pushed.current.trim()) return;
    pushed.current = term;
    onChange({ q: term });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typed text settles
  }, [debounced]);

  // Amounts and the order number are typed: kept locally, applied on blur or Enter when valid.
  const [min, setMin] = useState(state.min);
  const [max, setMax] = useState(state.max);
  const [order, setOrder] = useState(state.order);
  const [dueFrom, setDueFrom] = useState(state.dueFrom);
  const [dueTo, setDueTo] = useState(state.dueTo);
  useEffect(() => setDueFrom(state.dueFrom), [state.dueFrom]);
  useEffect(() => setDueTo(state.dueTo), [state.dueTo]);
  useEffect(() => setMin(state.min), [state.min]);
  useEffect(() => setMax(state.max), [state.max]);
  useEffect(() => setOrder(state.order), [state.order]);
  const minError = min.trim() && !isAmount(min) ? t('Enter an amount such as 250.00') : null;
  const maxError =
    max.trim() && !isAmount(max)
      ? t('Enter an amount such as 250.00')
      : isReversedAmounts(min, max)
        ? t('The maximum must not be less than the minimum')
        : null;
  const dateError = isReversedDays(dueFrom, dueTo)
    ? t('The end date must not be before the start date')
    : null;

  /** A due date picked: shown at once, applied only when the range is in order. */
  function setDue(change: { dueFrom?: string; dueTo?: string }) {
    const from = change.dueFrom ?? dueFrom;
    const to = change.dueTo ?? dueTo;
    setDueFrom(from);
    setDueTo(to);
    if (!isReversedDays(from, to)) onChange({ dueFrom: from, dueTo: to });
  }

  function applyTyped() {
    // A reversed amount range applies neither end: the list keeps its last valid results.
    onChange({
      min: minError || maxError ? state.min : min.trim(),
      max: minError || maxError ? state.max : max.trim(),
      order: order.trim(),
    });
  }

  const phone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  const active = invoiceFilterCount(state);
  const invalid = !!(minError || maxError || dateError);
  const folded = phone && !expanded && !invalid;

  const search = (
    <TextInput
      type="search"
      label={t('Search invoices')}
      placeholder={t('Invoice, order or PO number')}
      maxLength={MAX_INVOICE_SEARCH}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
    />
  );

  return (
    <Paper
      withBorder
      radius="md"
      p={phone ? 'sm' : 'md'}
      mb="md"
      component="form"
      role="search"
      aria-label={t('Filter invoices')}
      onSubmit={(e) => {
        e.preventDefault();
        const term = text.trim();
        pushed.current = term;
        onChange({ q: term });
        applyTyped();
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        {phone ? (
          <Group wrap="nowrap" align="flex-end" gap="xs">
            <Box style={{ flex: 1, minWidth: 0 }}>{search}</Box>
            <Button
              variant="default"
              aria-expanded={!folded}
              aria-controls={moreId}
              onClick={() => setExpanded(folded)}
            >
              {active ? t('Filters ({count})', { count: active }) : t('Filters')}
            </Button>
          </Group>
        ) : (
          search
        )}
        {/* `display: contents` keeps the fields in the grid; folded, they stay mounted but hidden. */}
        <Box id={moreId} style={{ display: folded ? 'none' : 'contents' }}>
          <MultiSelect
            label={t('Status')}
            placeholder={state.statuses.length ? undefined : t('Any status')}
            data={invoiceStatuses.map((s) => ({ value: s, label: invoiceStatusLabel(s, t) }))}
            value={state.statuses}
            onChange={(values) => onChange({ statuses: values as InvoiceStatus[] })}
            clearable
          />
          <TextInput
            type="date"
            label={t('Due from')}
            value={dueFrom}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (!v || isDay(v)) setDue({ dueFrom: v });
            }}
          />
          <TextInput
            type="date"
            label={t('Due to')}
            value={dueTo}
            error={dateError}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (!v || isDay(v)) setDue({ dueTo: v });
            }}
          />
          <TextInput
            label={t('Minimum amount')}
            inputMode="decimal"
            value={min}
            error={minError}
            onChange={(e) => setMin(e.currentTarget.value)}
            onBlur={applyTyped}
          />
          <TextInput
            label={t('Maximum amount')}
            inputMode="decimal"
            value={max}
            error={maxError}
            onChange={(e) => setMax(e.currentTarget.value)}
            onBlur={applyTyped}
          />
          <TextInput
            label={t('Order number')}
            placeholder={t('e.g. CO-100042')}
            value={order}
            maxLength={100}
            onChange={(e) => setOrder(e.currentTarget.value)}
            onBlur={applyTyped}
          />
          <Group align="flex-end" gap="xs">
            <Button type="submit" variant="light">
              {t('Apply')}
            </Button>
            {active > 0 || state.q ? (
              <Button variant="subtle" onClick={onClear}>
                {t('Clear filters')}
              </Button>
            ) : null}
          </Group>
        </Box>
      </SimpleGrid>
    </Paper>
  );
}
