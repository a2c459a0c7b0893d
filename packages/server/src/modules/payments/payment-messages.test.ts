import { describe, expect, it } from 'vitest';
import { checkCard } from './card-rules.js';
import { chargeOutcomeMessage } from './payment-messages.js';
import { SANDBOX_CARDS, SandboxProvider } from './sandbox-provider.js';
import { Decimal } from '../../platform/money.js';

const NBSP = '\u00a0';
const today = new Date('2026-11-25T12:00:00Z');
const card = {
  number: '4242424242424242',
  expMonth: 12,
  expYear: 2028,
  cvc: '123',
  holderName: 'Marie Tremblay',
};

describe('card checks', () => {
  it('word the same problems in English and French', () => {
    const bad = { number: '4242424242424241', expMonth: 10, expYear: 2026, cvc: '12', holderName: ' ' };
    expect(checkCard(bad, today)).toEqual([
      { field: 'number', message: 'The card number is not valid.' },
      { field: 'expiry', message: 'The card has expired.' },
      { field: 'cvc', message: 'The security code is 3 or 4 digits.' },
      { field: 'holderName', message: 'Enter the name on the card.' },
    ]);
    expect(checkCard(bad, today, 'fr-CA')).toEqual([
      { field: 'number', message: 'Le numéro de carte n’est pas valide.' },
      { field: 'expiry', message: 'La carte est expirée.' },
      { field: 'cvc', message: 'Le code de sécurité compte 3 ou 4 chiffres.' },
      { field: 'holderName', message: 'Entrez le nom inscrit sur la carte.' },
    ]);
    expect(checkCard({ ...card, expMonth: 13 }, today, 'fr-CA')).toEqual([
      { field: 'expiry', message: 'La date d’expiration n’est pas valide.' },
    ]);
    expect(checkCard(card, today, 'fr-CA')).toEqual([]);
  });
});

describe('provider outcomes', () => {
  const charge = async (number: string) => {
    const outcome = await new SandboxProvider().charge({
      amount: new Decimal('10.00'),
      currency: 'CAD',
      idempotencyKey: `k-${number}`,
      card: { ...card, number },
      description: 'test',
    });
    if (outcome.status === 'APPROVED') throw new Error('expected a refusal');
    return outcome;
  };

  it('keep the provider’s own words in English', async () => {
    expect(chargeOutcomeMessage(await charge(SANDBOX_CARDS.declined), 'en-US')).toBe(
      'Your card was declined.',
    );
    expect(chargeOutcomeMessage(await charge(SANDBOX_CARDS.insufficientFunds), 'en-US')).toBe(
      'Your card was declined: insufficient funds.',
    );
  });

  it('are worded in French by outcome and decline code', async () => {
    expect(chargeOutcomeMessage(await charge(SANDBOX_CARDS.declined), 'fr-CA')).toBe(
      'Votre carte a été refusée.',
    );
    expect(chargeOutcomeMessage(await charge(SANDBOX_CARDS.insufficientFunds), 'fr-CA')).toBe(
      `Votre carte a été refusée${NBSP}: fonds insuffisants.`,
    );
    expect(chargeOutcomeMessage(await charge(SANDBOX_CARDS.transientFailure), 'fr-CA')).toBe(
      `Le service de paiement n’a pas pu être joint. Rien n’a été débité${NBSP}; veuillez réessayer.`,
    );
    // A provider that gives no decline code: the plain refusal.
    expect(
      chargeOutcomeMessage(
        { status: 'DECLINED', brand: 'Visa', last4: '0002', message: 'Do not honor (05).' },
        'fr-CA',
      ),
    ).toBe('Votre carte a été refusée.');
  });
});
