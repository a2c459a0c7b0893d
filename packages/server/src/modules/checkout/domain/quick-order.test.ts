import { describe, expect, it } from 'vitest';
import { parseQuickOrder } from './quick-order.js';

describe('quick order text', () => {
  it('reads pasted lines with commas, tabs, semicolons or spaces, skipping a header and blanks', () => {
    const text = 'SKU,Quantity\nNB-WB-001, 3\n\nNB-SE-101\t2\r\n"NB-CL-001";10\nNB-EA-001 4';
    expect(parseQuickOrder(text)).toEqual({
      lines: [
        { line: 2, sku: 'NB-WB-001', quantity: 3 },
        { line: 4, sku: 'NB-SE-101', quantity: 2 },
        { line: 5, sku: 'NB-CL-001', quantity: 10 },
        { line: 6, sku: 'NB-EA-001', quantity: 4 },
      ],
      rejected: [],
      tooMany: false,
    });
  });

  it('reports unreadable lines with their line numbers and drops nothing silently', () => {
    const { lines, rejected } = parseQuickOrder(
      'NB-WB-001,0\nNB-WB-002,two\nNB-WB-003\nNB-WB-004,1.5\nNB-WB-005,5',
    );
    expect(lines).toEqual([{ line: 5, sku: 'NB-WB-005', quantity: 5 }]);
    expect(rejected).toEqual([
      {
        line: 1,
        sku: 'NB-WB-001',
        quantity: null,
        message: '“0” is not a quantity (a whole number from 1).',
      },
      {
        line: 2,
        sku: 'NB-WB-002',
        quantity: null,
        message: '“two” is not a quantity (a whole number from 1).',
      },
      { line: 3, sku: 'NB-WB-003', quantity: null, message: 'Write the SKU, then the quantity.' },
      {
        line: 4,
        sku: 'NB-WB-004',
        quantity: null,
        message: '“1.5” is not a quantity (a whole number from 1).',
      },
    ]);
  });

  it('stops at 5,000 lines and says so', () => {
    const text = Array.from({ length: 5002 }, (_, i) => `SKU-${i},1`).join('\n');
    const parsed = parseQuickOrder(text);
    expect(parsed.lines).toHaveLength(5000);
    expect(parsed.tooMany).toBe(true);
  });
});
