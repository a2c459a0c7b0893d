import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { useFormat } from '../../catalog/components/format';
import { problemAt, useCartActionsContext } from '../hooks/use-cart-actions';
import type { GroupChoice } from './CartLineItem';
import { checkSplit, type SplitParts } from './split-parts';

/**
 * Shares a line's quantity over delivery groups (e.g. 2 to one store, 1 to another): one quantity per
 * group, which must add up to the line's quantity before it can be saved.
 */
export function SplitLineDialog({
  line,
  groups,
  onClose,
}: {
  line: { id: string; name: string; quantity: number; deliveryGroupId: string | null | undefined };
  groups: readonly GroupChoice[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { number } = useFormat();
  const actions = useCartActionsContext();
  const [parts, setParts] = useState<SplitParts>(() =>
    Object.fromEntries(groups.map((g) => [g.id, g.id === line.deliveryGroupId ? line.quantity : ''])),
  );
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const check = checkSplit(line.quantity, parts);

  const problemText = (() => {
    switch (check.problem?.kind) {
      case 'sum':
        return t('The parts add up to {allocated}; they must add up to {quantity}.', {
          allocated: number(check.problem.allocated),
          quantity: number(check.problem.quantity),
        });
      case 'whole':
        return t('Each part is a whole number of 0 or more.');
      case 'one':
        return t('Give a part to at least two delivery groups (to change the group only, use “Move to…”).');
      default:
        return null;
    }
  })();

  async function save() {
    setSubmitted(true);
    if (check.problem) return;
    setSaving(true);
    setServerProblem(null);
    const outcome = await actions.splitLine(line.id, check.parts);
    setSaving(false);
    if (outcome.kind === 'updated' || outcome.kind === 'changed') onClose();
    else if (outcome.kind === 'invalid')
      setServerProblem(problemAt(outcome.problems, 'parts', 'lineId') ?? null);
    else setServerProblem(outcome.message);
  }

  return (
    <Modal opened onClose={onClose} title={t('Split {name}', { name: line.name })} size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('Share the {quantity} over delivery groups; the parts must add up to {quantity}.', {
              quantity: number(line.quantity),
            })}
          </Text>
          {groups.map((group) => (
            <NumberInput
              key={group.id}
              label={group.label}
              value={parts[group.id] ?? ''}
              onChange={(value) =>
                setParts((prev) => ({
                  ...prev,
                  [group.id]: typeof value === 'number' ? value : value === '' ? '' : Number(value) || '',
                }))
              }
              min={0}
              max={line.quantity}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              inputMode="numeric"
            />
          ))}
          <Text
            size="sm"
            fw={600}
            c={check.allocated === line.quantity ? 'green.8' : 'orange.9'}
            aria-live="polite"
          >
            {t('Allocated {allocated} of {quantity}', {
              allocated: number(check.allocated),
              quantity: number(line.quantity),
            })}
          </Text>
          {(submitted && problemText) || serverProblem ? (
            <Alert color="red" variant="light" role="alert" p="xs">
              <Text size="sm">{serverProblem ?? problemText}</Text>
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('Cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('Split the line')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
