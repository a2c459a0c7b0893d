import {
  Alert,
  Button,
  Card,
  Divider,
  Grid,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n, type TFunction } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { ShippingMethod } from '../../../gql/graphql';
import { Money, useLocale } from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { problemAt, useCartActionsContext, type GroupInput, type Problem } from '../hooks/use-cart-actions';
import { checkDesiredDate, formatDayLong } from './delivery-dates';

export const DeliveryGroupCardFragment = graphql(`
  fragment DeliveryGroupCard_group on DeliveryGroup {
    id
    address {
      id
      label
      text
    }
    desiredDate
    earliestDate
    shippingMethod
    lineCount
    subtotal {
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
  }
`);

export interface AccountAddress {
  id: string;
  label: string;
  city: string;
  region: string;
}

const METHODS: ShippingMethod[] = ['STANDARD', 'EXPRESS', 'FREIGHT'];

export function shippingMethodLabel(method: ShippingMethod, t: TFunction): string {
  switch (method) {
    case 'STANDARD':
      return t('Standard (3 business days)');
    case 'EXPRESS':
      return t('Express (next business day)');
    case 'FREIGHT':
      return t('Freight (pallets, 5 business days)');
  }
}

const DATE_PAUSE_MS = 500;

/**
 * A delivery group: where (one of the account's addresses), when (a weekday from the earliest date its
 * shipping method allows) and how it ships, its lines (children) and its charges. Each change is saved
 * at once; what the server refuses is shown at its field.
 */
export function DeliveryGroupCard({
  group: ref,
  index,
  addresses,
  canRemove,
  children,
}: {
  group: FragmentType<typeof DeliveryGroupCardFragment>;
  /** 1-based position, for "Delivery 2". */
  index: number;
  addresses: readonly AccountAddress[];
  canRemove: boolean;
  children: ReactNode;
}) {
  const { t, plural } = useI18n();
  const locale = useLocale();
  const { day, number } = useFormat();
  const group = useFragment(DeliveryGroupCardFragment, ref);
  const actions = useCartActionsContext();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  const [removing, setRemoving] = useState(false);

  // The date as typed; the group's date from the server replaces it when it changes there.
  const [typedDate, setTypedDate] = useState(group.desiredDate ?? '');
  const [shownDate, setShownDate] = useState(group.desiredDate ?? '');
  if (shownDate !== (group.desiredDate ?? '')) {
    setShownDate(group.desiredDate ?? '');
    setTypedDate(group.desiredDate ?? '');
  }
  const [settledDate] = useDebouncedValue(typedDate, DATE_PAUSE_MS);
  const dateProblem = typedDate ? checkDesiredDate(typedDate, group.earliestDate) : null;

  async function save(change: Partial<GroupInput>) {
    setSaving(true);
    setProblems([]);
    const outcome = await actions.saveGroup({
      deliveryGroupId: group.id,
      addressId: group.address?.id ?? null,
      desiredDate: group.desiredDate ?? null,
      shippingMethod: group.shippingMethod,
      ...change,
    });
    setSaving(false);
    if (outcome.kind === 'invalid') setProblems(outcome.problems);
    if (outcome.kind === 'failed') setProblems([{ field: '', message: outcome.message }]);
  }

  useEffect(() => {
    if (!settledDate || settledDate === (group.desiredDate ?? '')) return;
    if (checkDesiredDate(settledDate, group.earliestDate)) return;
    void save({ desiredDate: settledDate });
    // Only when the typed date settles.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settledDate]);

  async function remove() {
    setRemoving(true);
    const outcome = await actions.removeGroup(group.id);
    setRemoving(false);
    if (outcome.kind === 'invalid') setProblems(outcome.problems);
    if (outcome.kind === 'failed') setProblems([{ field: '', message: outcome.message }]);
  }

  const dateError = dateProblem
    ? dateProblem.kind === 'weekend'
      ? t('Deliveries are made Monday to Friday.')
      : dateProblem.kind === 'early'
        ? t('The earliest delivery with this shipping method is {date}.', { date: day(dateProblem.earliest) })
        : t('Enter a date.')
    : problemAt(problems, 'desiredDate');
  const general = problems.filter((p) => !['addressId', 'desiredDate', 'shippingMethod'].includes(p.field));
  const headingId = `delivery-${group.id}`;
  const knownAddress = !group.address || addresses.some((a) => a.id === group.address?.id);

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Title
            order={2}
            fz="lg"
            id={headingId}
            tabIndex={-1}
            data-delivery-heading
            style={{ outline: 'none' }}
          >
            {group.address
              ? t('Delivery {number} · {place}', { number: index, place: group.address.label })
              : t('Delivery {number}', { number: index })}
          </Title>
          {group.address ? (
            <Text size="xs" c="dimmed">
              {group.address.text}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs">
          {saving ? <Loader size="xs" aria-label={t('Saving…')} /> : null}
          {canRemove ? (
            <Button size="xs" variant="subtle" color="red" onClick={() => void remove()} loading={removing}>
              {t('Remove delivery')}
            </Button>
          ) : null}
        </Group>
      </Group>

      <Grid gap="sm" mb="sm">
        <Grid.Col span={12}>
          <NativeSelect
            label={t('Ship to')}
            value={group.address?.id ?? ''}
            onChange={(e) => void save({ addressId: e.currentTarget.value || null })}
            data={[
              ...(group.address ? [] : [{ value: '', label: t('Choose an address') }]),
              ...(knownAddress || !group.address
                ? []
                : [{ value: group.address.id, label: group.address.label }]),
              ...addresses.map((a) => ({ value: a.id, label: `${a.label} — ${a.city}, ${a.region}` })),
            ]}
            error={problemAt(problems, 'addressId')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 6 }}>
          <TextInput
            type="date"
            label={t('Desired delivery date')}
            value={typedDate}
            min={group.earliestDate}
            onChange={(e) => {
              setProblems([]);
              setTypedDate(e.currentTarget.value);
            }}
            description={
              typedDate && !dateProblem
                ? formatDayLong(typedDate, locale)
                : t('Monday to Friday, from {date}', { date: day(group.earliestDate) })
            }
            error={dateError}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xs: 6 }}>
          <NativeSelect
            label={t('Shipping method')}
            value={group.shippingMethod}
            onChange={(e) => void save({ shippingMethod: e.currentTarget.value as ShippingMethod })}
            data={METHODS.map((m) => ({ value: m, label: shippingMethodLabel(m, t) }))}
            error={problemAt(problems, 'shippingMethod')}
          />
        </Grid.Col>
      </Grid>

      {general.length ? (
        <Alert color="red" variant="light" role="alert" mb="sm" p="xs">
          {general.map((p, i) => (
            <Text size="sm" key={i}>
              {p.message}
            </Text>
          ))}
        </Alert>
      ) : null}

      {children}

      <Divider my="sm" />
      <Group justify="flex-end" gap="lg" wrap="wrap">
        <Text size="sm" c="dimmed">
          {plural(
            group.lineCount,
            t('{count} line', { count: number(group.lineCount) }),
            t('{count} lines', { count: number(group.lineCount) }),
          )}
        </Text>
        <Text size="sm">
          {t('Subtotal')}{' '}
          <Text span fw={600} inherit>
            <Money value={group.subtotal} />
          </Text>
        </Text>
        <Text size="sm">
          {t('Shipping')}{' '}
          <Text span fw={600} inherit>
            <Money value={group.shipping} />
          </Text>
        </Text>
        <Text size="sm">
          {t('Estimated tax')}{' '}
          <Text span fw={600} inherit>
            <Money value={group.tax} />
          </Text>
        </Text>
      </Group>
    </Card>
  );
}
