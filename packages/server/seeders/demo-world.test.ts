import { describe, expect, it } from 'vitest';
import { Decimal } from '../src/platform/money.js';
import {
  cadPrice,
  DEMO,
  demoId,
  demoLogins,
  generateSiteOrders,
  historyStart,
  type SiteOrderInput,
} from './demo-world.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demoId', () => {
  it('is deterministic and formats a version-5 UUID', () => {
    expect(demoId('order:coffee:C-1001:17')).toBe(demoId('order:coffee:C-1001:17'));
    expect(demoId('order:coffee:C-1001:17')).toMatch(UUID);
    expect(demoId('order:coffee:C-1001:18')).not.toBe(demoId('order:coffee:C-1001:17'));
  });

  it('gives every main record a distinct id', () => {
    const ids = [...Object.values(DEMO.sites), ...Object.values(DEMO.accounts), ...Object.values(DEMO.users)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID);
  });
});

describe('demoLogins', () => {
  it('covers every role', () => {
    const roles = new Set(demoLogins.map((l) => l.role));
    for (const role of [
      'BUYER',
      'BUYER_ADMIN',
      'PARTNER_USER',
      'PARTNER_MANAGER',
      'SALES_REP',
      'ACCOUNT_MANAGER',
      'FIELD_REP',
      'REBATE_MANAGER',
      'SITE_ADMIN',
    ]) {
      expect(roles).toContain(role);
    }
  });

  it('has unique, lower-case emails per site', () => {
    const keys = demoLogins.map((l) => `${l.site}:${l.email}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const l of demoLogins) expect(l.email).toBe(l.email.toLowerCase());
  });
});

describe('cadPrice', () => {
  it('converts at about 1.36 and ends in .49 or .99', () => {
    expect(cadPrice('54.00')).toBe('73.49'); // 73.44
    expect(cadPrice('14.50')).toBe('19.49'); // 19.72
    expect(cadPrice('8950.00')).toBe('12171.99'); // 12172.00
    for (const usd of ['12.50', '18.00', '24.00', '39.00', '68.50', '1450.00']) {
      const cad = cadPrice(usd);
      expect(cad).toMatch(/\.(49|99)$/);
      expect(new Decimal(cad).minus(new Decimal(usd).times('1.36')).abs().lessThanOrEqualTo('0.25')).toBe(
        true,
      );
    }
  });
});

describe('generateSiteOrders', () => {
  const input = (): SiteOrderInput => ({
    siteCode: 'test',
    siteId: demoId('site:test'),
    numberPrefix: 'T-',
    firstNumber: 1,
    reference: new Date('2026-11-23T19:08:20.123Z'),
    catalog: [
      { id: demoId('p1'), sku: 'P1', name: 'Thing one', prices: { USD: '0.10', CAD: '0.49' } },
      { id: demoId('p2'), sku: 'P2', name: 'Thing two', prices: { USD: '0.20', CAD: '0.99' } },
      { id: demoId('p3'), sku: 'P3', name: 'Thing three', prices: { USD: '18.35', CAD: '24.99' } },
      { id: demoId('p4'), sku: 'P4', name: 'Machine', prices: { USD: '8950.00', CAD: '12171.99' } },
      ...Array.from({ length: 20 }, (_, i) => ({
        id: demoId(`x${i}`),
        sku: `X${i}`,
        name: `Extra ${i}`,
        prices: { USD: `${i + 1}.33`, CAD: `${i + 2}.49` },
      })),
    ],
    accounts: [
      {
        accountId: demoId('a1'),
        number: 'A1',
        currency: 'USD',
        hasCredit: true,
        placers: [
          { userId: demoId('u1'), weight: 85 },
          { userId: demoId('rep'), weight: 15 },
        ],
        addressIds: [demoId('ad1'), demoId('ad2')],
        ordersPerMonth: { from: 4, to: 10 },
        maxQuantity: 40,
      },
      {
        accountId: demoId('a2'),
        number: 'A2',
        currency: 'CAD',
        hasCredit: false,
        placers: [{ userId: demoId('u2'), weight: 1 }],
        addressIds: [demoId('ad3')],
        ordersPerMonth: { from: 1, to: 1 },
        maxQuantity: 5,
        recentOnly: true,
      },
    ],
  });

  it('is deterministic', () => {
    expect(generateSiteOrders(input())).toEqual(generateSiteOrders(input()));
  });

  it('totals equal the exact sum of the lines', () => {
    const { orders, lines } = generateSiteOrders(input());
    expect(orders.length).toBeGreaterThan(50);
    for (const order of orders) {
      const own = lines.filter((l) => l.orderId === order.id);
      expect(own).toHaveLength(order.lineCount);
      expect(own.map((l) => l.lineNumber)).toEqual(own.map((_, i) => i + 1));
      for (const l of own) {
        expect(l.quantity).toBeGreaterThanOrEqual(1);
        expect(l.quantity).toBeLessThanOrEqual(40);
        expect(new Decimal(l.unitPrice).times(l.quantity).equals(l.lineTotal)).toBe(true);
      }
      const sum = own.reduce((s, l) => s.plus(l.lineTotal), new Decimal(0));
      expect(sum.toFixed(2)).toBe(order.subtotal);
      expect(order.total).toBe(order.subtotal);
      expect(order.lineCount).toBeGreaterThanOrEqual(2);
      expect(order.lineCount).toBeLessThanOrEqual(12);
    }
  });

  it('numbers orders sequentially by date within the history window', () => {
    const data = input();
    const { orders } = generateSiteOrders(data);
    expect(orders.map((o) => o.number)).toEqual(orders.map((_, i) => `T-${i + 1}`));
    const start = historyStart(data.reference);
    expect(start.toISOString()).toBe('2025-11-01T00:00:00.000Z');
    for (let i = 0; i < orders.length; i++) {
      expect(orders[i]!.placedAt.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(orders[i]!.placedAt.getTime()).toBeLessThan(data.reference.getTime());
      if (i > 0)
        expect(orders[i]!.placedAt.getTime()).toBeGreaterThanOrEqual(orders[i - 1]!.placedAt.getTime());
    }
    const recent = orders.filter((o) => o.accountId === demoId('a2'));
    expect(recent.length).toBeGreaterThanOrEqual(1);
    expect(recent.length).toBeLessThanOrEqual(2);
    expect(recent.every((o) => o.poNumber === null && o.currency === 'CAD')).toBe(true);
  });

  it('old orders are delivered or cancelled; recent ones are in flight', () => {
    const data = input();
    const { orders } = generateSiteOrders(data);
    const age = (o: { placedAt: Date }) => (data.reference.getTime() - o.placedAt.getTime()) / 86_400_000;
    for (const o of orders.filter((o) => age(o) > 21)) expect(['DELIVERED', 'CANCELLED']).toContain(o.status);
    for (const o of orders.filter((o) => age(o) <= 3))
      expect(['PLACED', 'APPROVED', 'AWAITING_APPROVAL']).toContain(o.status);
  });
});
