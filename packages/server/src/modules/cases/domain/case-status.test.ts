import { describe, expect, it } from 'vitest';
import {
  CASE_STATUSES,
  changeStatus,
  mayComment,
  nextStatuses,
  statusAfterComment,
  type CaseStatusValue,
} from './case-status.js';
import { caseTransitionText } from './case-messages.js';

describe('case status', () => {
  it('lets the customer close any case that is not closed, and reopen resolved or closed ones', () => {
    for (const from of CASE_STATUSES.filter((s) => s !== 'CLOSED'))
      expect(changeStatus(from, 'CLOSED', 'CUSTOMER')).toEqual({ ok: true, from, to: 'CLOSED' });
    expect(changeStatus('RESOLVED', 'OPEN', 'CUSTOMER')).toEqual({ ok: true, from: 'RESOLVED', to: 'OPEN' });
    expect(changeStatus('CLOSED', 'OPEN', 'CUSTOMER')).toEqual({ ok: true, from: 'CLOSED', to: 'OPEN' });
  });

  it('refuses the customer every other move, with the reason', () => {
    expect(changeStatus('IN_PROGRESS', 'OPEN', 'CUSTOMER')).toMatchObject({
      ok: false,
      refusal: 'REOPEN_ONLY_RESOLVED_OR_CLOSED',
    });
    expect(changeStatus('OPEN', 'RESOLVED', 'CUSTOMER')).toMatchObject({
      ok: false,
      refusal: 'CUSTOMER_MAY_ONLY_CLOSE_OR_REOPEN',
    });
    expect(changeStatus('AWAITING_CUSTOMER', 'IN_PROGRESS', 'CUSTOMER')).toMatchObject({ ok: false });
    expect(changeStatus('CLOSED', 'CLOSED', 'CUSTOMER')).toMatchObject({ ok: false, refusal: 'SAME_STATUS' });
  });

  it('lets the seller work a case through, but never reopen a closed one', () => {
    expect(nextStatuses('OPEN', 'SELLER')).toEqual(['IN_PROGRESS', 'AWAITING_CUSTOMER', 'RESOLVED']);
    expect(changeStatus('IN_PROGRESS', 'AWAITING_CUSTOMER', 'SELLER').ok).toBe(true);
    expect(changeStatus('AWAITING_CUSTOMER', 'RESOLVED', 'SELLER').ok).toBe(true);
    expect(changeStatus('RESOLVED', 'IN_PROGRESS', 'SELLER').ok).toBe(true);
    expect(changeStatus('RESOLVED', 'CLOSED', 'SELLER').ok).toBe(true);
    expect(changeStatus('OPEN', 'CLOSED', 'SELLER')).toMatchObject({
      ok: false,
      refusal: 'SELLER_NOT_ALLOWED',
    });
    expect(changeStatus('IN_PROGRESS', 'OPEN', 'SELLER')).toMatchObject({ ok: false });
    for (const to of CASE_STATUSES)
      expect(changeStatus('CLOSED', to, 'SELLER').ok, `CLOSED → ${to}`).toBe(false);
    expect(changeStatus('CLOSED', 'OPEN', 'SELLER')).toMatchObject({ refusal: 'CLOSED_SELLER' });
  });

  it('agrees with nextStatuses for every pair and side', () => {
    for (const side of ['CUSTOMER', 'SELLER'] as const)
      for (const from of CASE_STATUSES)
        for (const to of CASE_STATUSES)
          expect(changeStatus(from, to, side).ok, `${side} ${from} → ${to}`).toBe(
            nextStatuses(from, side).includes(to),
          );
  });

  it('moves a case on comments: the seller takes an open case, the customer answers a question', () => {
    expect(statusAfterComment('OPEN', 'SELLER')).toBe('IN_PROGRESS');
    expect(statusAfterComment('AWAITING_CUSTOMER', 'CUSTOMER')).toBe('IN_PROGRESS');
    const unchanged: Array<[CaseStatusValue, 'CUSTOMER' | 'SELLER']> = [
      ['OPEN', 'CUSTOMER'],
      ['IN_PROGRESS', 'SELLER'],
      ['AWAITING_CUSTOMER', 'SELLER'],
      ['RESOLVED', 'CUSTOMER'],
      ['RESOLVED', 'SELLER'],
    ];
    for (const [status, side] of unchanged) expect(statusAfterComment(status, side)).toBe(status);
    expect(mayComment('CLOSED')).toBe(false);
    expect(CASE_STATUSES.filter(mayComment)).toHaveLength(4);
  });

  it('says why in English and in French', () => {
    expect(caseTransitionText('SAME_STATUS', 'RESOLVED', 'RESOLVED', 'en-US')).toBe(
      'The case is already resolved.',
    );
    expect(caseTransitionText('CLOSED_SELLER', 'CLOSED', 'OPEN', 'fr-CA')).toBe(
      'Le dossier est fermé\u00a0: seul le client peut le rouvrir.',
    );
    expect(caseTransitionText('SELLER_NOT_ALLOWED', 'OPEN', 'CLOSED', 'en-US')).toBe(
      'A case that is open cannot be made closed.',
    );
  });
});
