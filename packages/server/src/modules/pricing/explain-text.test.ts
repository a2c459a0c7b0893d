import { describe, expect, it } from 'vitest';
import { Decimal } from '../../platform/money.js';
import { PriceRounding } from './domain/derived-price.js';
import type { StepDetail, TierAdjustment } from './domain/price-engine.js';
import { basePriceLabel, describeAdjustment, describeStep } from './explain-text.js';

// French typography (and Intl's fr-CA format) puts a non-breaking space before a colon or a percent sign,
// between an amount and its currency, and between groups of thousands.
const NBSP = '\u00a0';
const fr = (text: string) => text.replaceAll('~', NBSP);

const d = (v: string) => new Decimal(v);
const pct = (percent: string): TierAdjustment => ({ kind: 'PERCENT_OFF', percent: d(percent) });
const off = (amount: string): TierAdjustment => ({ kind: 'AMOUNT_OFF', amount: d(amount) });
const override = (unitPrice: string): TierAdjustment => ({ kind: 'OVERRIDE', unitPrice: d(unitPrice) });

const derived = (rounding: PriceRounding, sourceAmount = '58.88'): StepDetail => ({
  kind: 'DERIVED',
  sourceAmount: d(sourceAmount),
  sourceCurrency: 'USD',
  sourceBook: 'List prices USD',
  rate: d('1.36'),
  rounding,
});

describe('price explanations in the viewer’s language', () => {
  describe('each kind of step, in en-US and fr-CA', () => {
    it.each<[string, StepDetail, string, string, string]>([
      ['list', { kind: 'LIST' }, 'USD', 'List price', 'Prix courant'],
      [
        'book',
        { kind: 'BOOK' },
        'USD',
        'Price book of the buyer group',
        'Liste de prix du groupe d’acheteurs',
      ],
      [
        'contract',
        { kind: 'CONTRACT' },
        'USD',
        'Contract price for the account',
        'Prix contractuel du compte',
      ],
      [
        'derived, to .49/.99',
        derived(PriceRounding.PRICE_POINT_49_99),
        'CAD',
        '58.88 USD in List prices USD × 1.36 CAD per USD, rounded to the nearest .49 or .99',
        fr(
          '58,88~USD dans «~List prices USD~» × 1,36 CAD par USD, arrondi au prix en ,49 ou ,99 le plus proche',
        ),
      ],
      [
        'derived, to the cent',
        derived(PriceRounding.MINOR_UNIT, '1234.5'),
        'CAD',
        '1,234.50 USD in List prices USD × 1.36 CAD per USD, rounded to the cent',
        fr('1~234,50~USD dans «~List prices USD~» × 1,36 CAD par USD, arrondi au cent près'),
      ],
      [
        'derived, to a whole unit',
        derived(PriceRounding.WHOLE),
        'CAD',
        '58.88 USD in List prices USD × 1.36 CAD per USD, rounded to a whole unit',
        fr('58,88~USD dans «~List prices USD~» × 1,36 CAD par USD, arrondi à l’unité près'),
      ],
      [
        'derived "to the cent" in a currency without cents',
        derived(PriceRounding.MINOR_UNIT),
        'JPY',
        '58.88 USD in List prices USD × 1.36 JPY per USD, rounded to a whole unit',
        fr('58,88~USD dans «~List prices USD~» × 1,36 JPY par USD, arrondi à l’unité près'),
      ],
      [
        'slab, percent off',
        { kind: 'SLAB', from: 10, to: 24, adjustment: pct('5') },
        'USD',
        '10–24 units: 5% off on every unit',
        fr('De 10 à 24 unités~: 5~% de rabais sur chaque unité'),
      ],
      [
        'slab, amount off',
        { kind: 'SLAB', from: 25, to: 49, adjustment: off('4') },
        'USD',
        '25–49 units: 4.00 USD off on every unit',
        fr('De 25 à 49 unités~: 4,00~USD de rabais sur chaque unité'),
      ],
      [
        'slab, open-ended override',
        { kind: 'SLAB', from: 50, to: null, adjustment: override('70') },
        'USD',
        '50+ units: 70.00 USD each',
        fr('50 unités et plus~: 70,00~USD l’unité'),
      ],
      [
        'slab of a single quantity',
        { kind: 'SLAB', from: 1, to: 1, adjustment: pct('7.5') },
        'CAD',
        '1 unit: 7.5% off on every unit',
        fr('1 unité~: 7,5~% de rabais sur chaque unité'),
      ],
      [
        'slab from a thousand',
        { kind: 'SLAB', from: 1000, to: null, adjustment: off('0.5') },
        'CAD',
        '1,000+ units: 0.50 CAD off on every unit',
        fr('1~000 unités et plus~: 0,50~CAD de rabais sur chaque unité'),
      ],
      [
        'range',
        {
          kind: 'RANGE',
          parts: [
            { units: 9, unitPrice: d('78') },
            { units: 10, unitPrice: d('74.1') },
            { units: 6, unitPrice: d('70.2') },
          ],
        },
        'USD',
        'Priced by range: 9 × 78.00 + 10 × 74.10 + 6 × 70.20',
        fr('Prix par tranche~: 9 × 78,00 + 10 × 74,10 + 6 × 70,20'),
      ],
      [
        'range in yen',
        {
          kind: 'RANGE',
          parts: [
            { units: 3, unitPrice: d('1000') },
            { units: 1000, unitPrice: d('950') },
          ],
        },
        'JPY',
        'Priced by range: 3 × 1,000 + 1,000 × 950',
        fr('Prix par tranche~: 3 × 1~000 + 1~000 × 950'),
      ],
      ['stackable promotion', { kind: 'PROMOTION', exclusive: false }, 'USD', 'Promotion', 'Promotion'],
      [
        'exclusive promotion',
        { kind: 'PROMOTION', exclusive: true },
        'USD',
        'Promotion (does not combine with others)',
        'Promotion (non cumulable avec d’autres promotions)',
      ],
    ])('%s', (_, detail, currency, english, french) => {
      expect(describeStep(detail, 'en-US', currency)).toBe(english);
      expect(describeStep(detail, 'fr-CA', currency)).toBe(french);
    });
  });

  describe('the tier table', () => {
    it.each<[TierAdjustment, string, string, string]>([
      [pct('5'), 'USD', '5% off', fr('5~% de rabais')],
      [pct('12.5'), 'CAD', '12.5% off', fr('12,5~% de rabais')],
      [off('4'), 'USD', '4.00 USD off', fr('4,00~USD de rabais')],
      [off('0.5'), 'CAD', '0.50 CAD off', fr('0,50~CAD de rabais')],
      [off('500'), 'JPY', '500 JPY off', fr('500~JPY de rabais')],
      [override('70'), 'USD', '70.00 USD each', fr('70,00~USD l’unité')],
      [override('1234.5'), 'CAD', '1,234.50 CAD each', fr('1~234,50~CAD l’unité')],
    ])('%o in %s', (adjustment, currency, english, french) => {
      expect(describeAdjustment(adjustment, 'en-US', currency)).toBe(english);
      expect(describeAdjustment(adjustment, 'fr-CA', currency)).toBe(french);
    });

    it('labels the row of quantities below the first tier', () => {
      expect(basePriceLabel('en-US')).toBe('Base price');
      expect(basePriceLabel('fr-CA')).toBe('Prix de base');
    });
  });

  describe('locales and numbers', () => {
    it('falls back to English (and en-US numbers) for a language it is not written in', () => {
      expect(describeAdjustment(off('1234.5'), 'de-DE', 'USD')).toBe('1,234.50 USD off');
      expect(describeStep({ kind: 'LIST' }, 'es-MX', 'USD')).toBe('List price');
      expect(basePriceLabel('')).toBe('Base price');
    });

    it('writes Canadian French for any French locale', () => {
      expect(describeAdjustment(pct('5'), 'fr-FR', 'CAD')).toBe(fr('5~% de rabais'));
      expect(describeStep({ kind: 'LIST' }, 'fr', 'CAD')).toBe('Prix courant');
    });

    it('formats amounts from their decimal digits, not through a float', () => {
      // As a JS number 12345678901234567.89 would print 12,345,678,901,234,568.00.
      expect(describeAdjustment(off('12345678901234567.89'), 'en-US', 'USD')).toBe(
        '12,345,678,901,234,567.89 USD off',
      );
      expect(describeAdjustment(pct('0.0000001'), 'en-US', 'USD')).toBe('0.0000001% off');
    });
  });
});
