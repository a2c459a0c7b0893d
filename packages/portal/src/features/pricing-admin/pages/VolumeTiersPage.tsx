import { useQuery } from '@apollo/client/react';
import { Autocomplete, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useT, withNodes } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { DateText, EmptyState, ErrorState, LoadingSkeleton } from '../../../ui';
import { AdminHeader } from '../components/AdminHeader';
import { SavedNotice } from '../components/Notices';
import { TierEditor } from '../components/TierEditor';
import { useVolumeTiers } from '../hooks/use-volume-tiers';

const VolumeTiersOptionsQuery = graphql(`
  query VolumeTiersOptions {
    priceBooks {
      id
      currency
      isDefault
      derivedFromId
    }
  }
`);

const TierProductSearchQuery = graphql(`
  query TierProductSearch($search: String!) {
    products(first: 8, search: $search) {
      edges {
        node {
          id
          sku
          name
        }
      }
    }
  }
`);

/** The site's currencies, those of its own list prices first. */
function useCurrencies() {
  const { data, loading, error, refetch } = useQuery(VolumeTiersOptionsQuery, { fetchPolicy: 'cache-first' });
  const currencies = useMemo(() => {
    const books = [...(data?.priceBooks ?? [])].sort(
      (a, b) => Number(b.isDefault && !b.derivedFromId) - Number(a.isDefault && !a.derivedFromId),
    );
    return [...new Set(books.map((b) => b.currency))];
  }, [data]);
  return { currencies, loading, error, refetch, ready: !!data };
}

/** `/:siteCode/admin/pricing/tiers?sku=&currency=`: a product's volume tiers in one currency. */
export function VolumeTiersPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const sku = params.get('sku')?.trim() ?? '';
  const {
    currencies,
    ready,
    error: optionsError,
    refetch: refetchOptions,
    loading: optionsLoading,
  } = useCurrencies();
  const currency = params.get('currency') || currencies[0] || '';
  const [notice, setNotice] = useState<string | null>(null);

  function open(next: { sku?: string; currency?: string }) {
    const p = new URLSearchParams(params);
    const s = (next.sku ?? sku).trim();
    const c = next.currency ?? currency;
    if (s) p.set('sku', s);
    else p.delete('sku');
    if (c) p.set('currency', c);
    setParams(p);
    setNotice(null);
  }

  return (
    <>
      <AdminHeader
        title={t('Volume tiers')}
        description={t('Quantity discounts per product and currency, applied before promotions.')}
      />
      {optionsError && !ready ? (
        <ErrorState
          message={describeError(optionsError, t)}
          onRetry={() => void refetchOptions()}
          retrying={optionsLoading}
        />
      ) : null}
      <ProductPicker
        key={sku}
        sku={sku}
        currency={currency}
        currencies={currencies}
        onOpen={(s) => open({ sku: s })}
        onCurrency={(c) => open({ currency: c })}
      />
      <SavedNotice message={notice} onClose={() => setNotice(null)} />
      {sku && currency ? (
        <TiersFor sku={sku} currency={currency} onSaved={setNotice} />
      ) : (
        <EmptyState
          title={t('Choose a product')}
          description={t('Enter a SKU (or search by name) and a currency to see and edit its tiers.')}
        />
      )}
    </>
  );
}

function ProductPicker({
  sku,
  currency,
  currencies,
  onOpen,
  onCurrency,
}: {
  sku: string;
  currency: string;
  currencies: string[];
  onOpen: (sku: string) => void;
  onCurrency: (currency: string) => void;
}) {
  const t = useT();
  const [text, setText] = useState(sku);
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const { data, previousData } = useQuery(TierProductSearchQuery, {
    variables: { search: debounced },
    skip: debounced.length < 2 || debounced === sku,
    fetchPolicy: 'cache-first',
  });
  const products = (data ?? previousData)?.products.edges.map((e) => e.node) ?? [];
  const names = new Map(products.map((p) => [p.sku, p.name]));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) onOpen(text.trim());
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      mb="md"
      component="form"
      onSubmit={submit}
      aria-label={t('Choose a product')}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Autocomplete
          style={{ flex: '1 1 260px' }}
          label={t('Product SKU')}
          placeholder={t('e.g. NB-WB-001, or part of a name')}
          value={text}
          onChange={setText}
          data={products.map((p) => p.sku)}
          filter={({ options }) => options}
          renderOption={({ option }) => (
            <Stack gap={0}>
              <Text size="sm" ff="monospace">
                {option.value}
              </Text>
              <Text size="xs" c="dimmed">
                {names.get(option.value)}
              </Text>
            </Stack>
          )}
          onOptionSubmit={(value) => onOpen(value)}
          autoComplete="off"
          spellCheck={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          w={120}
          label={t('Currency')}
          data={currencies}
          value={currency || null}
          onChange={(value) => value && onCurrency(value)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Button type="submit">{t('Show tiers')}</Button>
      </Group>
    </Paper>
  );
}

function TiersFor({
  sku,
  currency,
  onSaved,
}: {
  sku: string;
  currency: string;
  onSaved: (message: string | null) => void;
}) {
  const t = useT();
  const { data, loading, error, refetch } = useVolumeTiers(sku, currency);
  if (!data) {
    if (error)
      return (
        <ErrorState
          title={t('We couldn’t load the tiers')}
          message={describeError(error, t)}
          onRetry={() => void refetch()}
          retrying={loading}
        />
      );
    return <LoadingSkeleton label={t('Loading tiers…')} count={5} />;
  }
  const table = data.volumeTiers;
  if (!table) {
    return (
      <EmptyState
        title={t('No product with SKU {sku}', { sku })}
        description={t('Check the SKU, or search for the product by name.')}
      />
    );
  }
  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
      <Stack gap={2} mb="md">
        <Title order={2} fz="lg">
          {table.productName}
        </Title>
        <Text size="sm" c="dimmed">
          {table.sku} · {table.currency} ·{' '}
          {table.updatedAt
            ? withNodes(t('last changed {date}'), { date: <DateText value={table.updatedAt} withTime /> })
            : t('no tiers yet')}
        </Text>
      </Stack>
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <TierEditor table={table} onSaved={onSaved} onReload={() => refetch()} />
    </Paper>
  );
}
