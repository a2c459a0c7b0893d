/*
 * The shipment form's arithmetic, pure: what remains to ship on each line, the lines a chosen delivery
 * group (or the whole order) still has to ship, the quantities typed checked against them, and where the
 * server's problems about `lines[i]` belong.
 */

export interface ShippableLine {
  id: string;
  lineNumber: number;
  sku: string;
  name: string;
  quantity: number;
  quantityShipped: number;
  /** The delivery group it ships with; null for an order without groups. */
  groupId: string | null;
}

/** "all" for everything remaining on the order, else a delivery group's ID. */
export type ShipmentScope = 'all' | string;

export function remainingOf(line: ShippableLine): number {
  return Math.max(0, line.quantity - line.quantityShipped);
}

/** Lines with something left to ship in the scope, in line-number order. */
export function linesToShip(lines: readonly ShippableLine[], scope: ShipmentScope): ShippableLine[] {
  return lines
    .filter((line) => (scope === 'all' || line.groupId === scope) && remainingOf(line) > 0)
    .sort((a, b) => a.lineNumber - b.lineNumber);
}

/** The quantities a form starts with: everything that remains, per line ID. */
export function prefilledQuantities(lines: readonly ShippableLine[]): Record<string, number | ''> {
  return Object.fromEntries(lines.map((line) => [line.id, remainingOf(line)]));
}

export type QuantityProblem = 'not-whole' | 'too-many';

/** What is wrong with a typed quantity (empty counts as 0), or null. */
export function quantityProblem(line: ShippableLine, value: number | '' | undefined): QuantityProblem | null {
  const n = value === '' || value === undefined ? 0 : value;
  if (!Number.isSafeInteger(n) || n < 0) return 'not-whole';
  if (n > remainingOf(line)) return 'too-many';
  return null;
}

/** The lines to send: every line with a quantity above 0, in order. */
export function shipmentLines(
  lines: readonly ShippableLine[],
  quantities: Readonly<Record<string, number | ''>>,
): Array<{ orderLineId: string; quantity: number }> {
  return lines
    .map((line) => ({ orderLineId: line.id, quantity: quantities[line.id] }))
    .filter(
      (l): l is { orderLineId: string; quantity: number } => typeof l.quantity === 'number' && l.quantity > 0,
    );
}

/**
 * The server's problems about `lines[i]…`, by the order line sent at position i; the others (carrier,
 * tracking, the lines as a whole) are returned as they are.
 */
export function placeLineProblems(
  problems: ReadonlyArray<{ field: string; message: string }>,
  sent: ReadonlyArray<{ orderLineId: string }>,
): { byLine: Record<string, string>; other: Array<{ field: string; message: string }> } {
  const byLine: Record<string, string> = {};
  const other: Array<{ field: string; message: string }> = [];
  for (const problem of problems) {
    const match = /^lines\[(\d+)\]/.exec(problem.field);
    const line = match ? sent[Number(match[1])] : undefined;
    if (line)
      byLine[line.orderLineId] = byLine[line.orderLineId]
        ? `${byLine[line.orderLineId]} ${problem.message}`
        : problem.message;
    else other.push(problem);
  }
  return { byLine, other };
}
