import { Decimal } from '../../../platform/money.js';
import { tiersFrom, validateTiers } from '../domain/tiers.js';

/**
 * Validation of what a seller enters for prices, tiers and promotions. Pure: strings in, a value or a
 * list of problems out (each naming its field), so every mutation and the CSV import refuse the same
 * things with the same words.
 */
export interface Problem {
  field: string;
  message: string;
}

const DECIMAL = /^\d{1,15}(\.\d{1,4})?$/;

/** A money amount as typed: digits with up to 4 decimals, 0 or more, below 10^15. */
export function parseAmount(
  value: string,
  field: string,
  label: string,
  problems: Problem[],
): Decimal | null {
  const text = value.trim();
  if (!DECIMAL.test(text)) {
    problems.push({
      field,
      message: `${label} must be an amount like 12.50 (digits, a dot, at most 4 decimals), not “${text.slice(0, 30)}”.`,
    });
    return null;
  }
  return new Decimal(text);
}

export function parsePercent(
  value: string,
  field: string,
  label: string,
  problems: Problem[],
): Decimal | null {
  const amount = parseAmount(value, field, label, problems);
  if (amount && (amount.lessThanOrEqualTo(0) || amount.greaterThan(100))) {
    problems.push({ field, message: `${label} must be more than 0 and at most 100.` });
    return null;
  }
  return amount;
}

export function checkCurrency(value: string, field: string, problems: Problem[]): string | null {
  if (!/^[A-Z]{3}$/.test(value)) {
    problems.push({
      field,
      message: `Currency must be a three-letter ISO code such as USD, not “${value.slice(0, 10)}”.`,
    });
    return null;
  }
  return value;
}

export function checkName(
  value: string,
  field: string,
  label: string,
  problems: Problem[],
  max = 200,
): string | null {
  const text = value.trim();
  if (!text) problems.push({ field, message: `${label} is required.` });
  else if (text.length > max) problems.push({ field, message: `${label} is limited to ${max} characters.` });
  else return text;
  return null;
}

export interface TierInput {
  lowerBound: number;
  upperBound: number | null;
  adjustment: 'AMOUNT_OFF' | 'PERCENT_OFF' | 'OVERRIDE';
  value: string;
}

/** A volume tier table: whole-number bounds from 1, no gaps or overlaps, sensible adjustments. */
export function validateTierInputs(tiers: readonly TierInput[]): Problem[] {
  const problems: Problem[] = [];
  if (tiers.length > 20) problems.push({ field: 'tiers', message: 'A table holds at most 20 tiers.' });
  tiers.forEach((tier, i) => {
    const at = `tiers[${i}]`;
    if (!Number.isSafeInteger(tier.lowerBound) || tier.lowerBound < 1) {
      problems.push({
        field: `${at}.lowerBound`,
        message: `Tier ${i + 1}: the lower bound must be a whole number of at least 1.`,
      });
    }
    if (tier.upperBound !== null && (!Number.isSafeInteger(tier.upperBound) || tier.upperBound < 2)) {
      problems.push({
        field: `${at}.upperBound`,
        message: `Tier ${i + 1}: the upper bound must be a whole number above the lower bound, or empty.`,
      });
    }
    if (tier.adjustment === 'PERCENT_OFF')
      parsePercent(tier.value, `${at}.value`, `Tier ${i + 1}: the percentage`, problems);
    else parseAmount(tier.value, `${at}.value`, `Tier ${i + 1}: the amount`, problems);
  });
  if (problems.length) return problems;
  const sorted = tiersFrom(
    tiers.map((t, index) => ({
      lowerBound: String(t.lowerBound),
      upperBound: t.upperBound === null ? null : String(t.upperBound),
      value: index,
    })),
  );
  for (const problem of validateTiers(sorted)) {
    const original = sorted[problem.index]!.value;
    problems.push({ field: `tiers[${original}]`, message: problem.message });
  }
  return problems;
}

export interface PromotionRulesInput {
  discountKind: 'PERCENT' | 'AMOUNT';
  percent: string | null;
  amounts: Array<{ currency: string; amountOff: string | null; minOrderAmount: string | null }>;
  minQuantity: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  couponCode: string | null;
  priority: number;
  targetCount: number;
}

export function validatePromotionRules(input: PromotionRulesInput): Problem[] {
  const problems: Problem[] = [];
  if (input.discountKind === 'PERCENT') {
    if (input.percent === null)
      problems.push({ field: 'percent', message: 'A percentage promotion needs its percentage.' });
    else parsePercent(input.percent, 'percent', 'The percentage', problems);
  } else {
    if (input.percent !== null)
      problems.push({
        field: 'percent',
        message: 'An amount promotion takes amounts per currency, not a percentage.',
      });
    if (!input.amounts.some((a) => a.amountOff !== null && a.amountOff.trim() !== '')) {
      problems.push({
        field: 'amounts',
        message: 'An amount promotion needs the amount off in at least one currency.',
      });
    }
  }
  const seen = new Set<string>();
  input.amounts.forEach((a, i) => {
    const currency = checkCurrency(a.currency, `amounts[${i}].currency`, problems);
    if (currency && seen.has(currency))
      problems.push({ field: `amounts[${i}].currency`, message: `${currency} is listed twice.` });
    if (currency) seen.add(currency);
    if (a.amountOff !== null && a.amountOff.trim() !== '') {
      if (input.discountKind === 'PERCENT') {
        problems.push({
          field: `amounts[${i}].amountOff`,
          message: 'A percentage promotion takes no amount off.',
        });
      } else {
        const off = parseAmount(
          a.amountOff,
          `amounts[${i}].amountOff`,
          `The amount off in ${a.currency}`,
          problems,
        );
        if (off?.isZero())
          problems.push({
            field: `amounts[${i}].amountOff`,
            message: `The amount off in ${a.currency} must be more than 0.`,
          });
      }
    }
    if (a.minOrderAmount !== null && a.minOrderAmount.trim() !== '') {
      parseAmount(
        a.minOrderAmount,
        `amounts[${i}].minOrderAmount`,
        `The minimum order in ${a.currency}`,
        problems,
      );
    }
  });
  if (input.minQuantity !== null && (!Number.isSafeInteger(input.minQuantity) || input.minQuantity < 1)) {
    problems.push({
      field: 'minQuantity',
      message: 'The minimum quantity must be a whole number of at least 1, or empty.',
    });
  }
  if (input.startsAt && input.endsAt && input.startsAt >= input.endsAt) {
    problems.push({ field: 'endsAt', message: 'The promotion must end after it starts.' });
  }
  for (const [field, date] of [
    ['startsAt', input.startsAt],
    ['endsAt', input.endsAt],
  ] as const) {
    if (date && (date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2999)) {
      problems.push({ field, message: 'Dates must be between the years 2000 and 2999.' });
    }
  }
  if (input.couponCode !== null && !/^[A-Z0-9_-]{3,30}$/.test(input.couponCode)) {
    problems.push({
      field: 'couponCode',
      message: 'A coupon code is 3–30 letters, digits, dashes or underscores.',
    });
  }
  if (!Number.isSafeInteger(input.priority) || input.priority < 0 || input.priority > 1000) {
    problems.push({ field: 'priority', message: 'The priority must be a whole number from 0 to 1000.' });
  }
  if (input.targetCount === 0) {
    problems.push({
      field: 'targets',
      message: 'Choose at least one product or category for the promotion.',
    });
  }
  return problems;
}

export interface BookSettingsInput {
  currency: string;
  derivedFromCurrency: string | null;
  conversionRate: string | null;
  rounding: string | null;
}

/** A derived book states its source (another currency), a positive rate and a rounding; others none. */
export function validateDerivation(input: BookSettingsInput): Problem[] {
  const problems: Problem[] = [];
  if (input.derivedFromCurrency === null) {
    if (input.conversionRate !== null || input.rounding !== null) {
      problems.push({
        field: 'conversionRate',
        message: 'Only a book derived from another one has a rate and a rounding.',
      });
    }
    return problems;
  }
  if (input.derivedFromCurrency === input.currency) {
    problems.push({ field: 'derivedFromId', message: 'A book is derived from a book in another currency.' });
  }
  if (
    input.conversionRate === null ||
    !/^\d{1,6}(\.\d{1,8})?$/.test(input.conversionRate.trim()) ||
    new Decimal(input.conversionRate.trim()).isZero()
  ) {
    problems.push({
      field: 'conversionRate',
      message: 'The rate must be a positive number with up to 8 decimals, e.g. 1.36.',
    });
  }
  if (input.rounding === null)
    problems.push({ field: 'rounding', message: 'Say how derived prices are rounded.' });
  return problems;
}
