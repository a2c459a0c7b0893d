import { describe, expect, it } from 'vitest';
import {
  linesToShip,
  placeLineProblems,
  prefilledQuantities,
  quantityProblem,
  shipmentLines,
  type ShippableLine,
} from './shipment-lines';

const line = (id: string, lineNumber: number, quantity: number, shipped: number, groupId: string | null) =>
  ({
    id,
    lineNumber,
    sku: `SKU-${id}`,
    name: id,
    quantity,
    quantityShipped: shipped,
    groupId,
  }) satisfies ShippableLine;

const lines = [line('c', 3, 5, 5, 'g2'), line('a', 1, 10, 4, 'g1'), line('b', 2, 3, 0, 'g2')];

describe('shipment lines', () => {
  it('lists what remains in a delivery group or on the whole order, in line order', () => {
    expect(linesToShip(lines, 'all').map((l) => l.id)).toEqual(['a', 'b']);
    expect(linesToShip(lines, 'g2').map((l) => l.id)).toEqual(['b']);
    expect(linesToShip(lines, 'nope')).toEqual([]);
  });

  it('prefills each line with what remains', () => {
    expect(prefilledQuantities(linesToShip(lines, 'all'))).toEqual({ a: 6, b: 3 });
  });

  it('checks a quantity against what remains', () => {
    const a = lines[1]!;
    expect(quantityProblem(a, 6)).toBeNull();
    expect(quantityProblem(a, '')).toBeNull();
    expect(quantityProblem(a, 7)).toBe('too-many');
    expect(quantityProblem(a, 1.5)).toBe('not-whole');
    expect(quantityProblem(a, -1)).toBe('not-whole');
  });

  it('sends only lines with a quantity', () => {
    expect(shipmentLines(linesToShip(lines, 'all'), { a: 2, b: 0 })).toEqual([
      { orderLineId: 'a', quantity: 2 },
    ]);
    expect(shipmentLines(linesToShip(lines, 'all'), { a: '', b: 3 })).toEqual([
      { orderLineId: 'b', quantity: 3 },
    ]);
  });

  it('places the server’s problems at the lines they are about', () => {
    const sent = [
      { orderLineId: 'a', quantity: 2 },
      { orderLineId: 'b', quantity: 9 },
    ];
    expect(
      placeLineProblems(
        [
          { field: 'lines[1].quantity', message: 'Too many.' },
          { field: 'trackingNumber', message: 'Enter it.' },
          { field: 'lines[7].quantity', message: 'Lost.' },
        ],
        sent,
      ),
    ).toEqual({
      byLine: { b: 'Too many.' },
      other: [
        { field: 'trackingNumber', message: 'Enter it.' },
        { field: 'lines[7].quantity', message: 'Lost.' },
      ],
    });
  });
});
