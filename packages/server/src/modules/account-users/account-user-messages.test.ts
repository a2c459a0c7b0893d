import { describe, expect, it } from 'vitest';
import { accountUserRefusal } from './account-user-messages.js';

describe('account user messages', () => {
  it('keep the English wording and read in French for fr-CA', () => {
    expect(accountUserRefusal('NO_SUCH_USER', 'en-US')).toBe('There is no such user in this account.');
    expect(accountUserRefusal('NO_SUCH_USER', 'fr-CA')).toBe('Cet utilisateur n’existe pas dans ce compte.');
    expect(accountUserRefusal('LIMIT_FORMAT', 'fr-CA')).toBe(
      'La limite est un montant comme 2500 ou 2500,00\u00a0; laissez-la vide pour n’en fixer aucune.',
    );
  });
});
