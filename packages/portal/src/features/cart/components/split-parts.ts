/** A split of a line over delivery groups: the quantity typed per group ('' while empty). */
export type SplitParts = Readonly<Record<string, number | ''>>;

export interface SplitCheck {
  /** Sum of the parts typed so far. */
  allocated: number;
  /** The parts to send: groups with a quantity above zero. */
  parts: Array<{ deliveryGroupId: string; quantity: number }>;
  problem: { kind: 'sum'; allocated: number; quantity: number } | { kind: 'whole' } | { kind: 'one' } | null;
}

/**
 * Checks a split before it is sent: whole quantities, at least two groups getting some (else it is a
 * move, not a split) and parts adding up to the line's quantity. The server checks purchase rules per part.
 */
export function checkSplit(quantity: number, typed: SplitParts): SplitCheck {
  const entries = Object.entries(typed);
  const values = entries.map(([, v]) => (v === '' ? 0 : v));
  const allocated = values.reduce((a, b) => a + b, 0);
  const parts = entries
    .filter(([, v]) => v !== '' && v > 0)
    .map(([deliveryGroupId, v]) => ({ deliveryGroupId, quantity: v as number }));
  let problem: SplitCheck['problem'] = null;
  if (values.some((v) => !Number.isSafeInteger(v) || v < 0)) problem = { kind: 'whole' };
  else if (allocated !== quantity) problem = { kind: 'sum', allocated, quantity };
  else if (parts.length < 2) problem = { kind: 'one' };
  return { allocated, parts, problem };
}
