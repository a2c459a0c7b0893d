import { NumberInput } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useFormat } from './format';
import { checkQuantity, type QuantityProblem } from './purchase-rules';

export const QuantityFieldFragment = graphql(`
  fragment QuantityField_purchaseRules on PurchaseRules {
    minQuantity
    maxQuantity
    increment
  }
`);

/** The purchase rules in words, e.g. "At least 2 · at most 10 · in steps of 2"; null when there are none. */
export function usePurchaseRulesText() {
  const t = useT();
  const { number } = useFormat();
  return (rules: { minQuantity: number; maxQuantity?: number | null; increment: number }): string | null => {
    const parts: string[] = [];
    if (rules.minQuantity > 1) parts.push(t('At least {min}', { min: number(rules.minQuantity) }));
    if (rules.maxQuantity != null) parts.push(t('at most {max}', { max: number(rules.maxQuantity) }));
    if (rules.increment > 1) parts.push(t('in steps of {step}', { step: number(rules.increment) }));
    if (parts.length === 0) return null;
    const text = parts.join(' · ');
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  };
}

/** The words for a quantity that breaks a purchase rule. */
export function useProblemText() {
  const t = useT();
  const { number } = useFormat();
  return (problem: QuantityProblem): string => {
    switch (problem.kind) {
      case 'empty':
        return t('Enter a quantity.');
      case 'min':
        return t('The minimum order is {min}.', { min: number(problem.min) });
      case 'max':
        return t('You can order at most {max} on one line.', { max: number(problem.max) });
      case 'step':
        return t('Order in steps of {step} ({examples}, …)', {
          step: number(problem.step),
          examples: problem.examples.map(number).join(', '),
        });
    }
  };
}

/**
 * Quantity input bound by the purchase rules (min, max, step). A typed quantity that breaks a rule is
 * kept as typed and explained inline, rather than silently corrected.
 */
export function QuantityField({
  rules: ref,
  unit,
  value,
  onChange,
}: {
  rules: FragmentType<typeof QuantityFieldFragment>;
  unit: string;
  value: number | '';
  onChange: (value: number | '', problem: QuantityProblem | null) => void;
}) {
  const t = useT();
  const rules = useFragment(QuantityFieldFragment, ref);
  const rulesText = usePurchaseRulesText()(rules);
  const problemText = useProblemText();
  const problem = checkQuantity(value === '' ? null : value, rules);
  return (
    <NumberInput
      label={t('Quantity ({unit})', { unit })}
      description={rulesText ?? undefined}
      value={value}
      onChange={(next) => {
        const n = typeof next === 'number' ? next : next === '' ? '' : Number(next);
        const q = n === '' || Number.isNaN(n) ? '' : n;
        onChange(q, checkQuantity(q === '' ? null : q, rules));
      }}
      min={rules.minQuantity}
      max={rules.maxQuantity ?? undefined}
      step={Math.max(1, rules.increment)}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      error={problem ? problemText(problem) : undefined}
      inputMode="numeric"
      w={{ base: '100%', xs: 220 }}
    />
  );
}
