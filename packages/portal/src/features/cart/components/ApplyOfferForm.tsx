import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { CartOfferKind } from '../../../gql/graphql';
import { problemAt, useCartActionsContext, type Problem } from '../hooks/use-cart-actions';

const OfferCategoriesQuery = graphql(`
  query OfferCategories {
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
  }
`);

const PLACED = ['kind', 'days', 'termsDays', 'percent', 'categoryId', 'reason'];

/**
 * For the seller's people: apply longer payment terms (Net N days) or a percentage off a category,
 * always with a reason (kept on the order). The server holds each role to its limits.
 */
export function ApplyOfferForm() {
  const t = useT();
  const actions = useCartActionsContext();
  const categories = useQuery(OfferCategoriesQuery, { fetchPolicy: 'cache-first' });
  const [kind, setKind] = useState<CartOfferKind>('TERMS');
  const [days, setDays] = useState<number | ''>(45);
  const [categoryId, setCategoryId] = useState('');
  const [percent, setPercent] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [applied, setApplied] = useState<string | null>(null);

  const options = useMemo(() => {
    const nodes = categories.data?.categories.edges.map((e) => e.node) ?? [];
    const names = new Map(nodes.map((n) => [n.id, n.name]));
    return nodes.map((n) => ({
      value: n.id,
      label: n.parent ? `${names.get(n.parent.id) ?? ''} › ${n.name}` : n.name,
    }));
  }, [categories.data]);

  async function apply() {
    const errors: Record<string, string> = {};
    if (kind === 'TERMS' && (days === '' || days < 1)) errors.days = t('Enter the number of days.');
    if (kind === 'CATEGORY_DISCOUNT') {
      if (!categoryId) errors.categoryId = t('Choose a category.');
      if (!/^\d{1,3}([.,]\d{1,2})?$/.test(percent.trim()))
        errors.percent = t('Enter a percentage such as 30 or 12.5.');
    }
    if (reason.trim().length < 3) errors.reason = t('Say why you make this offer.');
    setLocal(errors);
    setProblems([]);
    setApplied(null);
    if (Object.keys(errors).length) return;
    setSaving(true);
    const outcome = await actions.applyOffer(
      kind === 'TERMS'
        ? { kind, termsDays: days === '' ? null : days, reason: reason.trim() }
        : { kind, categoryId, percent: percent.trim().replace(',', '.'), reason: reason.trim() },
    );
    setSaving(false);
    if (outcome.kind === 'updated') {
      setReason('');
      setPercent('');
      setApplied(t('The offer was applied; the prices above include it.'));
    } else if (outcome.kind === 'invalid') setProblems(outcome.problems);
    else if (outcome.kind === 'failed') setProblems([{ field: '', message: outcome.message }]);
  }

  const other = problems.filter((p) => !PLACED.includes(p.field));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="apply-offer">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void apply();
        }}
      >
        <Stack gap="sm">
          <Title order={3} fz="sm" id="apply-offer">
            {t('Apply an offer')}
          </Title>
          <Radio.Group
            label={t('Offer')}
            value={kind}
            onChange={(value) => {
              setKind(value as CartOfferKind);
              setLocal({});
              setProblems([]);
            }}
            error={problemAt(problems, 'kind')}
          >
            <Group gap="md" mt={4}>
              <Radio value="TERMS" label={t('Longer payment terms')} />
              <Radio value="CATEGORY_DISCOUNT" label={t('A discount on a category')} />
            </Group>
          </Radio.Group>
          {kind === 'TERMS' ? (
            <NumberInput
              label={t('Payment terms (Net days)')}
              value={days}
              onChange={(v) => setDays(typeof v === 'number' ? v : '')}
              min={1}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              inputMode="numeric"
              w={{ base: '100%', xs: 200 }}
              error={local.days ?? problemAt(problems, 'days', 'termsDays')}
            />
          ) : (
            <Group gap="sm" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
              <NativeSelect
                label={t('Category')}
                value={categoryId}
                onChange={(e) => setCategoryId(e.currentTarget.value)}
                data={[{ value: '', label: t('Choose a category') }, ...options]}
                error={
                  local.categoryId ??
                  problemAt(problems, 'categoryId') ??
                  (categories.error ? describeError(categories.error, t) : undefined)
                }
                style={{ flex: '2 1 220px' }}
              />
              <TextInput
                label={t('Percent off')}
                value={percent}
                onChange={(e) => setPercent(e.currentTarget.value)}
                inputMode="decimal"
                placeholder="30"
                rightSection={<Text size="sm">%</Text>}
                error={local.percent ?? problemAt(problems, 'percent')}
                style={{ flex: '1 1 120px' }}
              />
            </Group>
          )}
          <Textarea
            label={t('Reason')}
            description={t('Kept with the cart and on the order.')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            maxLength={500}
            error={local.reason ?? problemAt(problems, 'reason')}
          />
          {other.length ? (
            <Alert color="red" variant="light" role="alert" p="xs">
              {other.map((p, i) => (
                <Text size="sm" key={i}>
                  {p.message}
                </Text>
              ))}
            </Alert>
          ) : null}
          <div aria-live="polite">
            {applied ? (
              <Text size="sm" c="green.8">
                {applied}
              </Text>
            ) : null}
          </div>
          <Group>
            <Button type="submit" loading={saving}>
              {t('Apply offer')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
