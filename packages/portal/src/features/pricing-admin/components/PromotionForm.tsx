import {
  Alert,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type {
  PromotionAmountInput,
  PromotionDiscountKind,
  PromotionStacking,
  SavePromotionInput,
} from '../../../gql/graphql';
import { useSavePromotion } from '../hooks/use-save-promotion';
import { stackingExplanation, stackingLabel } from './labels';
import { ProblemSummary, StaleEditAlert } from './Notices';
import { problemAt, unplacedProblems, type Problem } from './problems';
import { fromLocalInput, normalizeAmount, parseWhole, toLocalInput } from './values';

export const PromotionFormFragment = graphql(`
  fragment PromotionForm_promotion on Promotion {
    id
    name
    nameFr
    description
    discountKind
    percent
    amounts {
      currency
      amountOff
      minOrderAmount
    }
    minQuantity
    startsAt
    endsAt
    couponCode
    stacking
    priority
    active
    products {
      id
      sku
    }
    categories {
      id
    }
    buyerGroups {
      id
    }
    updatedAt
  }
`);

export const PromotionFormOptionsFragment = graphql(`
  fragment PromotionForm_options on Query {
    priceBooks {
      id
      currency
    }
    categories(first: 500) {
      edges {
        node {
          id
          name
          parent {
            id
          }
        }
      }
    }
    buyerGroups {
      id
      name
    }
  }
`);

interface AmountDraft {
  amountOff: string;
  minOrderAmount: string;
}

interface Draft {
  name: string;
  nameFr: string;
  description: string;
  discountKind: PromotionDiscountKind;
  percent: string;
  amounts: Record<string, AmountDraft>;
  minQuantity: string;
  startsAt: string;
  endsAt: string;
  couponCode: string;
  stacking: PromotionStacking;
  priority: string;
  active: boolean;
  productSkus: string[];
  categoryIds: string[];
  buyerGroupIds: string[];
}

export interface PromotionFormProps {
  /** The promotion to change; null to create one. */
  promotion: FragmentType<typeof PromotionFormFragment> | null;
  options: FragmentType<typeof PromotionFormOptionsFragment>;
  onSaved: (id: string, name: string, created: boolean) => void;
  /** A new attempt to save starts (the page drops its last notice). */
  onSubmit?: () => void;
  onCancel: () => void;
  /** Reloads the promotion from the server (after a stale edit). */
  onReload: () => Promise<unknown>;
}

/**
 * Every setting of a promotion. Only what cannot be sent at all (a quantity that is not a whole
 * number, a date that is not a date) is checked here; the server judges the rest and names the field.
 */
export function PromotionForm(props: PromotionFormProps) {
  const promotion = useFragment(PromotionFormFragment, props.promotion);
  // A reloaded or saved promotion (new updatedAt) starts the form again from the server's values.
  return (
    <PromotionFormFields key={promotion ? `${promotion.id}:${promotion.updatedAt}` : 'new'} {...props} />
  );
}

function PromotionFormFields({
  promotion: ref,
  options: optionsRef,
  onSaved,
  onSubmit,
  onCancel,
  onReload,
}: PromotionFormProps) {
  const t = useT();
  const ids = useId();
  const promotion = useFragment(PromotionFormFragment, ref);
  const options = useFragment(PromotionFormOptionsFragment, optionsRef);
  const { save, saving } = useSavePromotion();

  // The site's book currencies, plus any the promotion already has amounts in.
  const currencies = useMemo(
    () =>
      [
        ...new Set([
          ...options.priceBooks.map((b) => b.currency),
          ...(promotion?.amounts ?? []).map((a) => a.currency),
        ]),
      ].sort(),
    [options.priceBooks, promotion],
  );
  const categoryOptions = useMemo(() => {
    const nodes = new Map(options.categories.edges.map((e) => [e.node.id, e.node]));
    const path = (id: string, depth = 0): string => {
      const node = nodes.get(id);
      if (!node) return '';
      return node.parent && depth < 10 && nodes.has(node.parent.id)
        ? `${path(node.parent.id, depth + 1)} › ${node.name}`
        : node.name;
    };
    return options.categories.edges.map((e) => ({ value: e.node.id, label: path(e.node.id) }));
  }, [options.categories]);

  const [draft, setDraft] = useState<Draft>(() => ({
    name: promotion?.name ?? '',
    nameFr: promotion?.nameFr ?? '',
    description: promotion?.description ?? '',
    discountKind: promotion?.discountKind ?? 'PERCENT',
    percent: promotion?.percent ?? '',
    amounts: Object.fromEntries(
      currencies.map((c) => {
        const a = promotion?.amounts.find((x) => x.currency === c);
        return [c, { amountOff: a?.amountOff ?? '', minOrderAmount: a?.minOrderAmount ?? '' }];
      }),
    ),
    minQuantity: promotion?.minQuantity ? String(promotion.minQuantity) : '',
    startsAt: toLocalInput(promotion?.startsAt),
    endsAt: toLocalInput(promotion?.endsAt),
    couponCode: promotion?.couponCode ?? '',
    stacking: promotion?.stacking ?? 'STACKABLE',
    priority: String(promotion?.priority ?? 10),
    active: promotion?.active ?? true,
    productSkus: promotion?.products.map((p) => p.sku) ?? [],
    categoryIds: promotion?.categories.map((c) => c.id) ?? [],
    buyerGroupIds: promotion?.buyerGroups.map((g) => g.id) ?? [],
  }));
  const [problems, setProblems] = useState<Problem[]>([]);
  /** Currency of each `amounts[i]` sent, to show the server's problems at the right inputs. */
  const [sentCurrencies, setSentCurrencies] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const update = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const setAmount = (currency: string, change: Partial<AmountDraft>) =>
    setDraft((d) => ({
      ...d,
      amounts: { ...d.amounts, [currency]: { ...d.amounts[currency]!, ...change } },
    }));
  const at = (field: string) => problemAt(problems, field);
  const amountAt = (currency: string, field: 'amountOff' | 'minOrderAmount' | 'currency') => {
    const i = sentCurrencies.indexOf(currency);
    return i < 0 ? undefined : at(`amounts[${i}].${field}`);
  };
  const placed: Array<string | RegExp> = [
    'name',
    'nameFr',
    'description',
    'percent',
    'amounts',
    /^amounts\[\d+\]\.(amountOff|minOrderAmount|currency)$/,
    'minQuantity',
    'startsAt',
    'endsAt',
    'couponCode',
    'priority',
    'targets',
    'productSkus',
    'categoryIds',
    'buyerGroupIds',
  ];
  const unplaced = unplacedProblems(problems, placed);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    onSubmit?.();
    const local: Problem[] = [];
    const minQuantity = draft.minQuantity.trim() ? parseWhole(draft.minQuantity) : null;
    if (draft.minQuantity.trim() && minQuantity === null)
      local.push({ field: 'minQuantity', message: t('Enter a whole number, or leave it empty.') });
    const priority = parseWhole(draft.priority);
    if (priority === null)
      local.push({ field: 'priority', message: t('Enter a whole number from 0 to 1000.') });
    const startsAt = fromLocalInput(draft.startsAt);
    const endsAt = fromLocalInput(draft.endsAt);
    if (startsAt === undefined)
      local.push({ field: 'startsAt', message: t('Enter a date and a time, or leave it empty.') });
    if (endsAt === undefined)
      local.push({ field: 'endsAt', message: t('Enter a date and a time, or leave it empty.') });
    if (local.length) {
      setProblems(local);
      return;
    }
    const percentKind = draft.discountKind === 'PERCENT';
    const amounts: PromotionAmountInput[] = currencies
      .map((currency) => {
        const a = draft.amounts[currency]!;
        const off = percentKind ? '' : a.amountOff.trim();
        const min = a.minOrderAmount.trim();
        return {
          currency,
          amountOff: off ? (normalizeAmount(off) ?? off) : null,
          minOrderAmount: min ? (normalizeAmount(min) ?? min) : null,
        };
      })
      .filter((a) => a.amountOff !== null || a.minOrderAmount !== null);
    const percent = draft.percent.trim();
    const input: SavePromotionInput = {
      id: promotion?.id ?? null,
      expectedUpdatedAt: promotion?.updatedAt ?? null,
      name: draft.name,
      nameFr: draft.nameFr.trim() || null,
      description: draft.description,
      discountKind: draft.discountKind,
      percent: percentKind ? (normalizeAmount(percent) ?? percent) || null : null,
      amounts,
      minQuantity,
      startsAt: startsAt ?? null,
      endsAt: endsAt ?? null,
      couponCode: draft.couponCode.trim() || null,
      stacking: draft.stacking,
      priority: priority!,
      active: draft.active,
      productSkus: draft.productSkus,
      categoryIds: draft.categoryIds,
      buyerGroupIds: draft.buyerGroupIds,
    };
    setSentCurrencies(amounts.map((a) => a.currency));
    setProblems([]);
    try {
      const outcome = await save(input);
      if (outcome.kind === 'saved') onSaved(outcome.id, outcome.name, !promotion);
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

  const amountKind = draft.discountKind === 'AMOUNT';
  const targetsProblem = at('targets');

  return (
    <form onSubmit={submit} noValidate aria-describedby={problems.length ? `${ids}-summary` : undefined}>
      {stale ? <StaleEditAlert onReload={() => void reload()} reloading={reloading} /> : null}
      {problems.length ? (
        <div id={`${ids}-summary`}>
          <ProblemSummary count={problems.length} unplaced={unplaced} />
        </div>
      ) : null}
      {failure ? (
        <Alert color="red" variant="light" role="alert" mb="md" title={t('Nothing was saved')}>
          {describeError(failure, t)}
        </Alert>
      ) : null}
      <Stack gap="lg">
        <Fieldset legend={t('Name and description')} variant="filled">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('Name')}
                required
                maxLength={200}
                value={draft.name}
                onChange={(e) => update({ name: e.currentTarget.value })}
                error={at('name')}
              />
              <TextInput
                label={t('Name in French')}
                description={t('Shown to buyers using the portal in French. Empty: the name above.')}
                maxLength={200}
                lang="fr-CA"
                value={draft.nameFr}
                onChange={(e) => update({ nameFr: e.currentTarget.value })}
                error={at('nameFr')}
              />
            </SimpleGrid>
            <Textarea
              label={t('Description')}
              description={t('For your team; buyers don’t see it.')}
              autosize
              minRows={2}
              maxLength={1000}
              value={draft.description}
              onChange={(e) => update({ description: e.currentTarget.value })}
              error={at('description')}
            />
            <Switch
              label={t('Active')}
              description={t('Pricing ignores inactive promotions, whatever their dates.')}
              checked={draft.active}
              onChange={(e) => update({ active: e.currentTarget.checked })}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('Discount')} variant="filled">
          <Stack gap="sm">
            <Stack gap={4}>
              <Text size="sm" fw={500} id={`${ids}-kind`}>
                {t('Kind of discount')}
              </Text>
              <SegmentedControl
                aria-labelledby={`${ids}-kind`}
                value={draft.discountKind}
                onChange={(value) => update({ discountKind: value as PromotionDiscountKind })}
                data={[
                  { value: 'PERCENT', label: t('Percent off') },
                  { value: 'AMOUNT', label: t('Amount off per unit') },
                ]}
                style={{ alignSelf: 'flex-start' }}
              />
            </Stack>
            {amountKind ? null : (
              <TextInput
                label={t('Percentage off')}
                required
                inputMode="decimal"
                w={{ base: '100%', xs: 200 }}
                value={draft.percent}
                onChange={(e) => update({ percent: e.currentTarget.value })}
                error={at('percent')}
                rightSection={
                  <Text size="sm" c="dimmed">
                    %
                  </Text>
                }
              />
            )}
            <Text size="sm" c="dimmed">
              {amountKind
                ? t(
                    'Amount off each unit, per currency; a currency left empty gets no discount. The minimum order is optional.',
                  )
                : t('Optional: the minimum order amount, per currency, for the promotion to apply.')}
            </Text>
            {currencies.map((currency) => (
              <SimpleGrid
                key={currency}
                cols={{ base: 1, xs: amountKind ? 2 : 1 }}
                spacing="sm"
                maw={amountKind ? 520 : 260}
              >
                {amountKind ? (
                  <TextInput
                    label={t('Amount off per unit ({currency})', { currency })}
                    inputMode="decimal"
                    value={draft.amounts[currency]?.amountOff ?? ''}
                    onChange={(e) => setAmount(currency, { amountOff: e.currentTarget.value })}
                    error={amountAt(currency, 'amountOff') ?? amountAt(currency, 'currency')}
                    rightSection={
                      <Text size="xs" c="dimmed">
                        {currency}
                      </Text>
                    }
                    rightSectionWidth={42}
                  />
                ) : null}
                <TextInput
                  label={t('Minimum order ({currency})', { currency })}
                  inputMode="decimal"
                  value={draft.amounts[currency]?.minOrderAmount ?? ''}
                  onChange={(e) => setAmount(currency, { minOrderAmount: e.currentTarget.value })}
                  error={
                    amountAt(currency, 'minOrderAmount') ??
                    (amountKind ? undefined : amountAt(currency, 'currency'))
                  }
                  rightSection={
                    <Text size="xs" c="dimmed">
                      {currency}
                    </Text>
                  }
                  rightSectionWidth={42}
                />
              </SimpleGrid>
            ))}
            {at('amounts') ? (
              <Text size="sm" c="red">
                {at('amounts')}
              </Text>
            ) : null}
            <TextInput
              label={t('Minimum quantity per line')}
              description={t('Empty: any quantity.')}
              inputMode="numeric"
              w={{ base: '100%', xs: 260 }}
              value={draft.minQuantity}
              onChange={(e) => update({ minQuantity: e.currentTarget.value })}
              error={at('minQuantity')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('When')} variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="datetime-local"
              label={t('Starts')}
              description={t('Empty: as soon as it is saved.')}
              value={draft.startsAt}
              onChange={(e) => update({ startsAt: e.currentTarget.value })}
              error={at('startsAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('Ends')}
              description={t('It stops applying at this moment. Empty: no end.')}
              value={draft.endsAt}
              onChange={(e) => update({ endsAt: e.currentTarget.value })}
              error={at('endsAt')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('What it applies to')} variant="filled">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t(
                'Choose products, categories or both: a product qualifies when it is listed or is in one of the categories (or their subcategories).',
              )}
            </Text>
            <TagsInput
              label={t('Products (SKUs)')}
              description={t('Type or paste SKUs; press Enter or a comma after each.')}
              value={draft.productSkus}
              onChange={(value) => update({ productSkus: value.map((s) => s.trim()).filter(Boolean) })}
              splitChars={[',', ' ', ';', '\n']}
              error={at('productSkus')}
              clearable
              acceptValueOnBlur
            />
            <MultiSelect
              label={t('Categories')}
              data={categoryOptions}
              value={draft.categoryIds}
              onChange={(value) => update({ categoryIds: value })}
              error={at('categoryIds')}
              searchable
              clearable
              nothingFoundMessage={t('No category matches')}
              comboboxProps={{ withinPortal: true }}
            />
            {targetsProblem ? (
              <Text size="sm" c="red">
                {targetsProblem}
              </Text>
            ) : null}
            <MultiSelect
              label={t('Buyer groups')}
              description={t('Empty: every buyer.')}
              data={options.buyerGroups.map((g) => ({ value: g.id, label: g.name }))}
              value={draft.buyerGroupIds}
              onChange={(value) => update({ buyerGroupIds: value })}
              error={at('buyerGroupIds')}
              searchable
              clearable
              comboboxProps={{ withinPortal: true }}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('Coupon and combining')} variant="filled">
          <Stack gap="sm">
            <TextInput
              label={t('Coupon code')}
              description={t('Buyers must enter this code to get the discount. Empty: no code needed.')}
              w={{ base: '100%', xs: 300 }}
              value={draft.couponCode}
              onChange={(e) => update({ couponCode: e.currentTarget.value.toUpperCase() })}
              error={at('couponCode')}
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={30}
            />
            <Radio.Group
              label={t('Combining with other promotions')}
              value={draft.stacking}
              onChange={(value) => update({ stacking: value as PromotionStacking })}
            >
              <Stack gap="xs" mt="xs">
                {(['STACKABLE', 'EXCLUSIVE'] as const).map((s) => (
                  <Radio
                    key={s}
                    value={s}
                    label={stackingLabel(s, t)}
                    description={stackingExplanation(s, t)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <TextInput
              label={t('Priority')}
              description={t('0 to 1000. Stackable promotions apply in this order, lowest first.')}
              inputMode="numeric"
              w={{ base: '100%', xs: 200 }}
              value={draft.priority}
              onChange={(e) => update({ priority: e.currentTarget.value })}
              error={at('priority')}
            />
          </Stack>
        </Fieldset>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('Cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={stale}>
            {promotion ? t('Save changes') : t('Create promotion')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
