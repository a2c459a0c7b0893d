/** An order limit as typed: empty for no limit, else an amount like 2500 or 2500.00 (as the API takes it). */
export type LimitCheck = { ok: true; value: string | null } | { ok: false; problem: 'format' | 'too-large' };

const AMOUNT = /^\d+(\.\d{1,4})?$/;

/**
 * Checks a typed limit before it is sent, read with the interface language's decimal mark: with a
 * decimal point, commas and spaces group thousands ("2,500.50"); with a decimal comma, spaces group
 * thousands and a point is taken as a decimal mark too ("2 500,50" or "2500.50").
 */
export function checkOrderLimit(text: string, decimalMark: '.' | ',' = '.'): LimitCheck {
  const spaced = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const compact = decimalMark === ',' ? spaced.replace(/,/g, '.') : spaced.replace(/,/g, '');
  if (!compact) return { ok: true, value: null };
  if (!AMOUNT.test(compact)) return { ok: false, problem: 'format' };
  if (compact.split('.')[0]!.replace(/^0+(?=\d)/, '').length > 15) return { ok: false, problem: 'too-large' };
  return { ok: true, value: compact };
}

/** The same amount, compared as decimals written differently ("2500" and "2500.00"). */
export function sameAmount(a: string | null, b: string | null): boolean {
  const norm = (v: string | null) => {
    if (v === null) return null;
    const [whole, fraction = ''] = v.split('.');
    return `${whole!.replace(/^0+(?=\d)/, '')}.${fraction.replace(/0+$/, '')}`;
  };
  return norm(a) === norm(b);
}

/** The decimal mark of a locale: "." (en-US) or "," (fr-CA). */
export function decimalMarkOf(locale: string): '.' | ',' {
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}
