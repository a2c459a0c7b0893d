/**
 * Format checks of a card form before it is sent (the payment provider has the last word): a number
 * passing the Luhn check, an expiry MM/YY not in the past, a 3–4 digit security code and a name.
 */
export interface CardForm {
  number: string;
  expiry: string;
  cvc: string;
  holderName: string;
}

export type CardField = keyof CardForm;

export type CardProblem =
  | { field: 'number'; kind: 'missing' | 'invalid' }
  | { field: 'expiry'; kind: 'missing' | 'invalid' | 'expired' }
  | { field: 'cvc'; kind: 'invalid' }
  | { field: 'holderName'; kind: 'missing' };

/** The digits of a card number typed with spaces or dashes. */
export function cardDigits(number: string): string {
  return number.replace(/[\s-]/g, '');
}

export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Groups a card number in fours as it is typed ("4242 4242 4242 4242"); non-digits are dropped. */
export function formatCardNumber(typed: string): string {
  const digits = typed.replace(/\D/g, '').slice(0, 19);
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** Formats an expiry as it is typed: "0428" → "04/28", "4" → "4", "04/" kept. */
export function formatExpiry(typed: string): string {
  const digits = typed.replace(/\D/g, '').slice(0, 4);
  if (digits.length <= 2) return typed.endsWith('/') && digits.length === 2 ? `${digits}/` : digits;
  return `${digits.slice(0, 2)}/${digits.slice(2)}`;
}

/** "MM/YY" (or MM/YYYY) → month and four-digit year; null when it cannot be read. */
export function parseExpiry(expiry: string): { month: number; year: number } | null {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(expiry);
  if (!m) return null;
  const month = Number(m[1]);
  const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { month, year };
}

export function checkCardForm(card: CardForm, today: Date): CardProblem[] {
  const problems: CardProblem[] = [];
  const digits = cardDigits(card.number);
  if (!digits) problems.push({ field: 'number', kind: 'missing' });
  else if (!luhnValid(digits)) problems.push({ field: 'number', kind: 'invalid' });
  if (!card.expiry.trim()) problems.push({ field: 'expiry', kind: 'missing' });
  else {
    const expiry = parseExpiry(card.expiry);
    const year = today.getFullYear();
    if (!expiry || expiry.year > year + 20) problems.push({ field: 'expiry', kind: 'invalid' });
    else if (expiry.year < year || (expiry.year === year && expiry.month < today.getMonth() + 1)) {
      problems.push({ field: 'expiry', kind: 'expired' });
    }
  }
  if (!/^\d{3,4}$/.test(card.cvc.trim())) problems.push({ field: 'cvc', kind: 'invalid' });
  if (!card.holderName.trim()) problems.push({ field: 'holderName', kind: 'missing' });
  return problems;
}
