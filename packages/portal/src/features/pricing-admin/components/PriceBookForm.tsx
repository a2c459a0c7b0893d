import {
  Alert,
  Button,
  CloseButton,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { PriceRounding, SavePriceBookInput } from '../../../gql/graphql';
import { useSavePriceBook } from '../hooks/use-save-price-book';
import { ProblemSummary, StaleEditAlert } from './Notices';
import { problemAt, unplacedProblems, type Problem } from './problems';
import { roundingLabel, roundings } from './labels';
import { normalizeAmount, parseWhole } from './values';

export const PriceBookFormFragment = graphql(`
  fragment PriceBookForm_book on PriceBook {
    id
    name
    currency
    isDefault
    active
    derivedFromId
    conversionRate
    rounding
    updatedAt
    groups {
      priority
      group {
        id
      }
    }
  }
`);

export const PriceBookFormOptionsFragment = graphql(`
  fragment PriceBookForm_options on Query {
    priceBooks {
      id
      name
      currency
      derivedFromId
    }
    buyerGroups {
      id
      name
      isDefault
    }
  }
`);

const OWN = 'own';

interface GroupDraft {
  key: number;
  buyerGroupId: string | null;
  priority: string;
}

interface Draft {
  name: string;
  currency: string;
  active: boolean;
  derivedFromId: string;
  conversionRate: string;
  rounding: PriceRounding | null;
  groups: GroupDraft[];
}

export interface PriceBookFormProps {
  /** The book to change; null to create one. */
  book: FragmentType<typeof PriceBookFormFragment> | null;
  options: FragmentType<typeof PriceBookFormOptionsFragment>;
  onSaved: (name: string, created: boolean) => void;
  onCancel: () => void;
  /** Reloads the book from the server (after a stale edit). */
  onReload: () => Promise<unknown>;
}

/**
 * Create or change a price book: name, active, where prices come from (its own or derived from another
 * currency's book at a rate, rounded) and the buyer groups using it. The server checks everything and
 * names the field of each problem; its answer is shown at that field.
 */
export function PriceBookForm(props: PriceBookFormProps) {
  const book = useFragment(PriceBookFormFragment, props.book);
  // A reloaded book (new updatedAt) starts the form again from the server's values.
  return <PriceBookFormFields key={book ? `${book.id}:${book.updatedAt}` : 'new'} {...props} />;
}

function PriceBookFormFields({
  book: bookRef,
  options: optionsRef,
  onSaved,
  onCancel,
  onReload,
}: PriceBookFormProps) {
  const t = useT();
  const book = useFragment(PriceBookFormFragment, bookRef);
  const options = useFragment(PriceBookFormOptionsFragment, optionsRef);
  const { save, saving } = useSavePriceBook();
  const ids = useId();
  const [draft, setDraft] = useState<Draft>(() => ({
    name: book?.name ?? '',
    currency: book?.currency ?? '',
    active: book?.active ?? true,
    derivedFromId: book?.derivedFromId ?? OWN,
    conversionRate: book?.conversionRate ?? '',
    rounding: book?.rounding ?? null,
    groups: (book?.groups ?? []).map((g, i) => ({
      key: i,
      buyerGroupId: g.group.id,
      priority: String(g.priority),
    })),
  }));
  const [nextKey, setNextKey] = useState(draft.groups.length);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [localProblems, setLocalProblems] = useState<Problem[]>([]);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const update = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const setGroup = (key: number, change: Partial<GroupDraft>) =>
    setDraft((d) => ({ ...d, groups: d.groups.map((g) => (g.key === key ? { ...g, ...change } : g)) }));

  const derived = draft.derivedFromId !== OWN;
  const currency = draft.currency.trim().toUpperCase();
  const sources = options.priceBooks.filter(
    (b) => !b.derivedFromId && b.id !== book?.id && (!currency || b.currency !== currency),
  );
  const source = options.priceBooks.find((b) => b.id === draft.derivedFromId);
  const isDefault = book?.isDefault ?? false;
  const all = [...localProblems, ...problems];
  const at = (field: string) => problemAt(all, field);
  const unplaced = unplacedProblems(all, [
    'name',
    'currency',
    'derivedFromId',
    'conversionRate',
    'rounding',
    'groups',
    /^groups\[\d+\]\.(buyerGroupId|priority)$/,
  ]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Only what cannot be sent at all is checked here; the server judges the rest.
    const local: Problem[] = [];
    const groups = isDefault ? [] : draft.groups;
    groups.forEach((g, i) => {
      if (!g.buyerGroupId)
        local.push({ field: `groups[${i}].buyerGroupId`, message: t('Choose a buyer group.') });
      const priority = parseWhole(g.priority);
      if (priority === null || priority > 1000)
        local.push({ field: `groups[${i}].priority`, message: t('Enter a whole number from 0 to 1000.') });
    });
    setLocalProblems(local);
    setProblems([]);
    setFailure(null);
    if (local.length) return;
    const input: SavePriceBookInput = {
      id: book?.id ?? null,
      expectedUpdatedAt: book?.updatedAt ?? null,
      name: draft.name,
      currency,
      active: draft.active,
      derivedFromId: derived ? draft.derivedFromId : null,
      conversionRate: derived ? (normalizeAmount(draft.conversionRate) ?? draft.conversionRate.trim()) : null,
      rounding: derived ? draft.rounding : null,
      groups: groups.map((g) => ({ buyerGroupId: g.buyerGroupId!, priority: parseWhole(g.priority)! })),
    };
    try {
      const outcome = await save(input);
      if (outcome.kind === 'saved') onSaved(outcome.name, !book);
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

  const groupOptions = options.buyerGroups.map((g) => ({ value: g.id, label: g.name }));
  const groupsProblem = at('groups');

  return (
    <form onSubmit={submit} noValidate aria-describedby={all.length ? `${ids}-summary` : undefined}>
      {stale ? <StaleEditAlert onReload={() => void reload()} reloading={reloading} /> : null}
      {all.length ? (
        <div id={`${ids}-summary`}>
          <ProblemSummary count={all.length} unplaced={unplaced} />
        </div>
      ) : null}
      {failure ? (
        <Alert color="red" variant="light" role="alert" mb="md" title={t('Nothing was saved')}>
          {describeError(failure, t)}
        </Alert>
      ) : null}
      <Stack gap="md">
        <TextInput
          label={t('Name')}
          required
          value={draft.name}
          onChange={(e) => update({ name: e.currentTarget.value })}
          error={at('name')}
          maxLength={200}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            label={t('Currency')}
            required
            value={draft.currency}
            onChange={(e) => update({ currency: e.currentTarget.value.toUpperCase() })}
            error={at('currency')}
            maxLength={3}
            readOnly={!!book}
            variant={book ? 'filled' : 'default'}
            description={book ? t('Fixed once the book exists.') : t('Three-letter code, e.g. USD or CAD.')}
            autoCapitalize="characters"
            spellCheck={false}
          />
          <Switch
            mt={{ base: 0, xs: 'xl' }}
            label={t('Active')}
            description={t('Pricing ignores inactive books.')}
            checked={draft.active}
            onChange={(e) => update({ active: e.currentTarget.checked })}
          />
        </SimpleGrid>

        <Fieldset legend={t('Where prices come from')} variant="filled">
          <Stack gap="sm">
            <Select
              label={t('Prices')}
              data={[
                { value: OWN, label: t('Prices of its own') },
                ...sources.map((b) => ({
                  value: b.id,
                  label: t('Derived from {book}', { book: b.name }),
                })),
                // Keep the current source listed even if it no longer qualifies, so the form shows it.
                ...(source && !sources.includes(source)
                  ? [{ value: source.id, label: t('Derived from {book}', { book: source.name }) }]
                  : []),
              ]}
              value={draft.derivedFromId}
              onChange={(value) => update({ derivedFromId: value ?? OWN })}
              allowDeselect={false}
              error={at('derivedFromId')}
              description={t('A derived book converts another currency’s book; prices set here override it.')}
              comboboxProps={{ withinPortal: true }}
            />
            {derived ? (
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <TextInput
                  label={t('Conversion rate')}
                  required
                  inputMode="decimal"
                  value={draft.conversionRate}
                  onChange={(e) => update({ conversionRate: e.currentTarget.value })}
                  error={at('conversionRate')}
                  description={
                    source && currency
                      ? t('{to} per 1 {from}, e.g. 1.36', { to: currency, from: source.currency })
                      : t('Units of this currency per unit of the source’s, e.g. 1.36')
                  }
                />
                <Select
                  label={t('Rounding')}
                  required
                  data={roundings.map((r) => ({ value: r, label: roundingLabel(r, t) }))}
                  value={draft.rounding}
                  onChange={(value) => update({ rounding: (value as PriceRounding | null) ?? null })}
                  error={at('rounding')}
                  placeholder={t('Choose how to round')}
                  comboboxProps={{ withinPortal: true }}
                />
              </SimpleGrid>
            ) : at('conversionRate') ? (
              <Text size="sm" c="red" role="alert">
                {at('conversionRate')}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>

        {isDefault ? (
          <Text size="sm" c="dimmed">
            {t(
              'This book holds the list prices: it applies to every buyer without a group book, so it has no buyer groups.',
            )}
          </Text>
        ) : (
          <Fieldset legend={t('Buyer groups')} variant="filled">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t(
                  'Buyers in these groups get this book’s prices. When several books apply, the lowest priority number wins under the priority strategy.',
                )}
              </Text>
              {draft.groups.length === 0 ? (
                <Text size="sm">{t('No buyer groups: nobody gets these prices yet.')}</Text>
              ) : null}
              {draft.groups.map((g, i) => (
                <Group key={g.key} align="flex-start" gap="xs" wrap="nowrap">
                  <Select
                    style={{ flex: 1, minWidth: 0 }}
                    label={t('Buyer group')}
                    data={groupOptions}
                    value={g.buyerGroupId}
                    onChange={(value) => setGroup(g.key, { buyerGroupId: value })}
                    error={at(`groups[${i}].buyerGroupId`)}
                    placeholder={t('Choose a group')}
                    searchable
                    comboboxProps={{ withinPortal: true }}
                  />
                  <TextInput
                    w={110}
                    label={t('Priority')}
                    inputMode="numeric"
                    value={g.priority}
                    onChange={(e) => setGroup(g.key, { priority: e.currentTarget.value })}
                    error={at(`groups[${i}].priority`)}
                  />
                  <CloseButton
                    mt={28}
                    aria-label={t('Remove buyer group {number}', { number: i + 1 })}
                    onClick={() => update({ groups: draft.groups.filter((x) => x.key !== g.key) })}
                  />
                </Group>
              ))}
              {groupsProblem ? (
                <Text size="sm" c="red">
                  {groupsProblem}
                </Text>
              ) : null}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => {
                    update({
                      groups: [...draft.groups, { key: nextKey, buyerGroupId: null, priority: '10' }],
                    });
                    setNextKey((k) => k + 1);
                  }}
                >
                  {t('Add a buyer group')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        )}

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('Cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={stale}>
            {book ? t('Save changes') : t('Create price book')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
