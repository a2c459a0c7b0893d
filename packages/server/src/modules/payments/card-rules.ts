import { cardProblem } from './payment-messages.js';

/** Card number and expiry checks, before anything reaches a provider. Pure. */
export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function cardBrand(number: string): string {
  if (/^4/.test(number)) return 'Visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'Mastercard';
  if (/^3[47]/.test(number)) return 'American Express';
  return 'Card';
}

export interface CardProblem {
  field: 'number' | 'expiry' | 'cvc' | 'holderName';
  message: string;
}

/** Problems with a card as entered, worded in `locale`'s language (English unless French). */
export function checkCard(
  card: { number: string; expMonth: number; expYear: number; cvc: string; holderName: string },
  today: Date,
  locale = 'en-US',
): CardProblem[] {
  const problems: CardProblem[] = [];
  const number = card.number.replace(/[\s-]/g, '');
  if (!luhnValid(number)) problems.push(cardProblem('NUMBER', locale));
  const month = card.expMonth;
  const year = card.expYear < 100 ? 2000 + card.expYear : card.expYear;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year)) {
    problems.push(cardProblem('EXPIRY_INVALID', locale));
  } else if (
    year < today.getUTCFullYear() ||
    (year === today.getUTCFullYear() && month < today.getUTCMonth() + 1)
  ) {
    problems.push(cardProblem('EXPIRED', locale));
  } else if (year > today.getUTCFullYear() + 20) {
    problems.push(cardProblem('EXPIRY_INVALID', locale));
  }
  if (!/^\d{3,4}$/.test(card.cvc)) problems.push(cardProblem('CVC', locale));
  if (!card.holderName.trim() || card.holderName.length > 100)
    problems.push(cardProblem('HOLDER_NAME', locale));
  return problems;
}
