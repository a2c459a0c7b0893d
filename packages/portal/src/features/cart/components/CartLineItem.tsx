import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money, unitLabel } from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { checkQuantity } from '../../catalog/components/purchase-rules';
import { useProblemText, usePurchaseRulesText } from '../../catalog/components/QuantityField';
import { isPositiveAmount } from '../../catalog/components/values';
import { problemAt, useCartActionsContext } from '../hooks/use-cart-actions';
import { LinePriceSteps } from './LinePriceSteps';
import { SplitLineDialog } from './SplitLineDialog';

export const CartLineItemFragment = graphql(`
  fragment CartLineItem_line on CartLine {
    id
    sku
    name
    quantity
    deliveryGroupId
    backorderedUntil
    problem {
      code
      message
    }
    product {
      id
      unitOfMeasure
      purchaseRules {
        minQuantity
        maxQuantity
        increment
      }
    }
    price {
      unitPrice {
        amount
        currency
      }
      lineTotal {
        amount
        currency
      }
      listUnitPrice {
        amount
        currency
      }
      savings {
        amount
        currency
      }
      ...LinePriceSteps_price
    }
  }
`);

export interface GroupChoice {
  id: string;
  /** e.g. "Delivery 2 · Division Street store" */
  label: string;
}

// Long enough to finish typing "120", short enough to feel immediate.
const QUANTITY_PAUSE_MS = 600;

/**
 * One cart line: product, SKU, quantity (bound by the purchase rules, saved once typing pauses), unit
 * price with its explanation on demand, line total, and moving, splitting or removing it. A grid that
 * becomes a card on phones.
 */
export function CartLineItem({
  siteCode,
  line: ref,
  groups,
}: {
  siteCode: string;
  line: FragmentType<typeof CartLineItemFragment>;
  groups: readonly GroupChoice[];
}) {
  const t = useT();
  const { day } = useFormat();
  const line = useFragment(CartLineItemFragment, ref);
  const actions = useCartActionsContext();
  const rules = line.product?.purchaseRules ?? null;
  const rulesText = usePurchaseRulesText()(rules ?? { minQuantity: 1, increment: 1 });
  const problemText = useProblemText();
  const baseId = useId();
  const [stepsOpen, steps] = useDisclosure(false);
  const [splitOpen, split] = useDisclosure(false);

  // The quantity as typed; the line's quantity from the server replaces it when it changes there.
  const [typed, setTyped] = useState<number | ''>(line.quantity);
  const [shown, setShown] = useState(line.quantity);
  if (shown !== line.quantity) {
    setShown(line.quantity);
    setTyped(line.quantity);
  }
  const [settled] = useDebouncedValue(typed, QUANTITY_PAUSE_MS);
  const [saving, setSaving] = useState(false);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [moveProblem, setMoveProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const ruleProblem = rules ? checkQuantity(typed === '' ? null : typed, rules) : null;

  useEffect(() => {
    if (settled === '' || settled === line.quantity || !rules || checkQuantity(settled, rules)) return;
    setSaving(true);
    setServerProblem(null);
    void actions.updateLine(line.id, { quantity: settled }).then((outcome) => {
      setSaving(false);
      if (outcome.kind === 'invalid')
        setServerProblem(problemAt(outcome.problems, 'quantity', 'lineId') ?? null);
      if (outcome.kind === 'failed') setServerProblem(outcome.message);
    });
    // Only when the typed quantity settles.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  async function moveTo(groupId: string) {
    setMoveProblem(null);
    const outcome = await actions.updateLine(line.id, { deliveryGroupId: groupId });
    if (outcome.kind === 'invalid')
      setMoveProblem(problemAt(outcome.problems, 'deliveryGroupId', 'lineId') ?? null);
    if (outcome.kind === 'failed') setMoveProblem(outcome.message);
  }

  async function remove() {
    setRemoving(true);
    const outcome = await actions.removeLines([line.id]);
    // On success the line disappears; otherwise it stays with why.
    setRemoving(false);
    if (outcome.kind === 'failed') setServerProblem(outcome.message);
  }

  const price = line.price;
  const discounted = price ? isPositiveAmount(price.savings.amount) : false;
  const quantityError = ruleProblem ? problemText(ruleProblem) : (serverProblem ?? undefined);
  const stepsId = `${baseId}-steps`;

  return (
    <Paper component="li" withBorder radius="md" p="sm" aria-label={line.name}>
      <Grid gap="sm" align="flex-start">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Stack gap={2}>
            {line.product ? (
              <Anchor
                component={Link}
                to={`/${siteCode}/products/${encodeURIComponent(line.product.id)}`}
                fw={600}
              >
                {line.name}
              </Anchor>
            ) : (
              <Text fw={600}>{line.name}</Text>
            )}
            <Text size="xs" c="dimmed" ff="monospace">
              {t('SKU {sku}', { sku: line.sku })}
            </Text>
            {line.backorderedUntil ? (
              <Text size="xs" c="orange.9">
                {t('Backordered – expected {date}', { date: day(line.backorderedUntil) })}
              </Text>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <NumberInput
            label={
              line.product
                ? t('Quantity ({unit})', { unit: unitLabel(line.product.unitOfMeasure, t) })
                : t('Quantity')
            }
            description={rulesText ?? undefined}
            value={typed}
            onChange={(next) => {
              setServerProblem(null);
              setTyped(typeof next === 'number' ? next : next === '' ? '' : Number(next) || '');
            }}
            min={rules?.minQuantity ?? 1}
            max={rules?.maxQuantity ?? undefined}
            step={Math.max(1, rules?.increment ?? 1)}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            inputMode="numeric"
            disabled={!line.product}
            error={quantityError}
            rightSection={saving ? <Loader size={14} aria-label={t('Saving…')} /> : undefined}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 2 }}>
          <Text size="sm" c="dimmed">
            {t('Unit price')}
          </Text>
          {price ? (
            <Stack gap={0} align="flex-start">
              <Text fw={600}>
                <Money value={price.unitPrice} />
              </Text>
              {discounted ? (
                <Text size="xs" c="dimmed">
                  {t('List price')}{' '}
                  <s>
                    <Money value={price.listUnitPrice} />
                  </s>
                </Text>
              ) : null}
              <UnstyledButton
                onClick={steps.toggle}
                aria-expanded={stepsOpen}
                aria-controls={stepsId}
                fz="xs"
                c="brand.7"
                td="underline"
              >
                {stepsOpen ? t('Hide price details') : t('How is it calculated?')}
              </UnstyledButton>
            </Stack>
          ) : (
            <Text size="sm">—</Text>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <Group justify="space-between" align="baseline" gap="xs">
            <Text size="sm" c="dimmed" hiddenFrom="sm">
              {t('Line total')}
            </Text>
            <Stack gap={0} align="flex-end" ml="auto">
              <Text size="sm" c="dimmed" visibleFrom="sm">
                {t('Line total')}
              </Text>
              <Text fw={700} size="lg">
                {price ? <Money value={price.lineTotal} /> : '—'}
              </Text>
            </Stack>
          </Group>
        </Grid.Col>
      </Grid>

      {line.problem ? (
        <Alert color="orange" variant="light" mt="xs" p="xs" role="note">
          <Text size="sm">{line.problem.message}</Text>
        </Alert>
      ) : null}
      {stepsOpen && price ? (
        <Paper bg="gray.0" p="sm" mt="xs" radius="sm">
          <LinePriceSteps price={price} id={stepsId} />
        </Paper>
      ) : null}

      <Group gap="xs" mt="sm" align="flex-end" wrap="wrap">
        {groups.length > 1 ? (
          <NativeSelect
            size="xs"
            label={t('Move to…')}
            value={line.deliveryGroupId ?? ''}
            onChange={(e) => void moveTo(e.currentTarget.value)}
            data={[
              ...(line.deliveryGroupId ? [] : [{ value: '', label: t('Not in a delivery group') }]),
              ...groups.map((g) => ({ value: g.id, label: g.label })),
            ]}
            error={moveProblem ?? undefined}
            style={{ flex: '1 1 220px', maxWidth: 320 }}
          />
        ) : null}
        <Button
          size="xs"
          variant="default"
          onClick={split.open}
          disabled={groups.length < 2 || line.quantity < 2}
        >
          {t('Split…')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => void remove()}
          loading={removing}
          aria-label={t('Remove {name}', { name: line.name })}
        >
          {t('Remove')}
        </Button>
      </Group>

      {splitOpen ? (
        <SplitLineDialog
          line={{
            id: line.id,
            name: line.name,
            quantity: line.quantity,
            deliveryGroupId: line.deliveryGroupId,
          }}
          groups={groups}
          onClose={split.close}
        />
      ) : null}
    </Paper>
  );
}
