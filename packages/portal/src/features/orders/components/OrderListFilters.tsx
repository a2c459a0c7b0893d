import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Box,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  SimpleGrid,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { isDay } from '../../../ui';
import {
  isOrderSortKey,
  MAX_ORDER_SEARCH,
  orderFilterCount,
  type OrderListState,
  type OrderSortKey,
} from './order-params';
import { orderStatuses, orderStatusLabel, parseStatuses } from './order-status';

// Who may read the account's users (buyer admins; the seller's people acting for it) get their names;
// others may narrow to their own orders.
const OrderFilterOptionsQuery = graphql(`
  query OrderFilterOptions($accountId: ID!, $withUsers: Boolean!) {
    account(id: $accountId) {
      id
      shipToAddresses(first: 100) {
        edges {
          node {
            id
            label
            city
          }
        }
      }
    }
    accountUsers @include(if: $withUsers) {
      id
      name
    }
  }
`);

export interface OrderListFiltersProps {
  state: OrderListState;
  onChange: (change: Partial<OrderListState>) => void;
  onClear: () => void;
}

/** Search (as you type), status, dates, who placed it, where it ships, and the sort of the order history. */
export function OrderListFilters({ state, onChange, onClear }: OrderListFiltersProps) {
  const t = useT();
  const { viewer } = useShell();
  const account = viewer.effectiveAccount;
  const mayReadUsers = viewer.isSellerSide || viewer.roles.includes('BUYER_ADMIN');
  const options = useQuery(OrderFilterOptionsQuery, {
    variables: { accountId: account?.id ?? '', withUsers: mayReadUsers },
    skip: !account,
    fetchPolicy: 'cache-first',
  });
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filterCount = orderFilterCount(state);
  const filtersId = useId();

  // Search as you type: the box is local, the URL follows after a short pause.
  const [text, setText] = useState(state.q);
  const [debounced] = useDebouncedValue(text, 300);
  const pushed = useRef(state.q);
  useEffect(() => {
    if (state.q !== pushed.current) {
      // Changed from outside (Back, "Clear"): show it in the box.
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

  const users = options.data?.accountUsers ?? [];
  const people = mayReadUsers
    ? users.map((u) => ({ value: u.id, label: u.name }))
    : [{ value: viewer.user.id, label: t('Me ({name})', { name: viewer.user.name }) }];
  if (state.by && options.data && !people.some((p) => p.value === state.by))
    people.push({ value: state.by, label: t('Selected person') });
  const addresses = options.data?.account?.shipToAddresses.edges.map((e) => e.node) ?? [];
  const places = addresses.map((a) => ({ value: a.id, label: `${a.label} · ${a.city}` }));
  if (state.shipTo && options.data && !places.some((p) => p.value === state.shipTo))
    places.push({ value: state.shipTo, label: t('Selected address') });

  const sorts: Array<{ value: OrderSortKey; label: string }> = [
    { value: 'newest', label: t('Newest first') },
    { value: 'oldest', label: t('Oldest first') },
    { value: 'total-desc', label: t('Total: high to low') },
    { value: 'total-asc', label: t('Total: low to high') },
    { value: 'number-desc', label: t('Order number: descending') },
    { value: 'number-asc', label: t('Order number: ascending') },
  ];
  const showFilters = !phone || filtersOpen;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      mb="md"
      component="form"
      role="search"
      aria-label={t('Filter orders')}
      onSubmit={(e) => {
        e.preventDefault();
        const term = text.trim();
        pushed.current = term;
        onChange({ q: term });
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Box style={{ gridColumn: phone ? undefined : 'span 2' }}>
          <TextInput
            type="search"
            label={t('Search orders')}
            placeholder={t('Order number, PO number, SKU or product')}
            maxLength={MAX_ORDER_SEARCH}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </Box>
        <NativeSelect
          label={t('Sort by')}
          data={sorts}
          value={state.sort}
          onChange={(e) => {
            const next = e.currentTarget.value;
            if (isOrderSortKey(next)) onChange({ sort: next });
          }}
        />
      </SimpleGrid>
      {phone ? (
        <Group mt="sm">
          <Button
            variant="default"
            size="xs"
            onClick={() => setFiltersOpen((open) => !open)}
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            rightSection={
              filterCount ? (
                <Badge size="sm" circle>
                  {filterCount}
                </Badge>
              ) : undefined
            }
          >
            {filtersOpen ? t('Hide filters') : t('Show filters')}
          </Button>
        </Group>
      ) : null}
      <SimpleGrid
        id={filtersId}
        cols={{ base: 1, sm: 2, md: 3 }}
        spacing="sm"
        mt="sm"
        style={showFilters ? undefined : { display: 'none' }}
      >
        <MultiSelect
          label={t('Status')}
          placeholder={state.statuses.length ? undefined : t('Any status')}
          data={orderStatuses.map((s) => ({ value: s, label: orderStatusLabel(s, t) }))}
          value={state.statuses}
          onChange={(values) => onChange({ statuses: parseStatuses(values) })}
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          type="date"
          label={t('Placed from')}
          value={state.from}
          max={state.to || undefined}
          onChange={(e) => onChange({ from: isDay(e.currentTarget.value) ? e.currentTarget.value : '' })}
        />
        <TextInput
          type="date"
          label={t('Placed to')}
          value={state.to}
          min={state.from || undefined}
          onChange={(e) => onChange({ to: isDay(e.currentTarget.value) ? e.currentTarget.value : '' })}
        />
        <NativeSelect
          label={t('Placed by')}
          data={[{ value: '', label: t('Anyone') }, ...people]}
          value={state.by}
          onChange={(e) => onChange({ by: e.currentTarget.value })}
          disabled={mayReadUsers && options.loading && !options.data}
        />
        <NativeSelect
          label={t('Ship to')}
          data={[{ value: '', label: t('Any address') }, ...places]}
          value={state.shipTo}
          onChange={(e) => onChange({ shipTo: e.currentTarget.value })}
          disabled={options.loading && !options.data}
        />
      </SimpleGrid>
      {filterCount > 0 || state.q ? (
        <Group mt="sm">
          <Button variant="subtle" size="xs" onClick={onClear}>
            {t('Clear search and filters')}
          </Button>
        </Group>
      ) : null}
    </Paper>
  );
}
