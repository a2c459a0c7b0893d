import { describe, expect, it } from 'vitest';
import {
  EMAIL_POLICY,
  lockedForSeconds,
  recordFailure,
  throttledMessage,
  type ThrottleState,
} from './throttle.js';

const t0 = new Date('2026-11-23T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('sign-in throttle', () => {
  it('locks a key at the fifth failure within the window, for the lock period', () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 4; i++) {
      state = recordFailure(state, at(i), EMAIL_POLICY);
      expect(lockedForSeconds(state, at(i))).toBe(0);
    }
    state = recordFailure(state, at(4), EMAIL_POLICY);
    expect(state.failures).toBe(5);
    expect(lockedForSeconds(state, at(4))).toBe(15 * 60);
    expect(lockedForSeconds(state, at(4 + 15 * 60))).toBe(0);
  });

  it('starts a new window once the old one has passed', () => {
    let state = recordFailure(null, t0, EMAIL_POLICY);
    state = recordFailure(state, at(60), EMAIL_POLICY);
    state = recordFailure(state, at(15 * 60 + 1), EMAIL_POLICY);
    expect(state.failures).toBe(1);
    expect(state.lockedUntil).toBeNull();
  });

  it('keeps a running lock while more failures arrive', () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 5; i++) state = recordFailure(state, at(i), EMAIL_POLICY);
    const again = recordFailure(state, at(100), EMAIL_POLICY);
    expect(lockedForSeconds(again, at(100))).toBeGreaterThan(0);
  });

  it('says how long to wait in whole minutes', () => {
    expect(throttledMessage(900)).toBe('Too many failed sign-in attempts. Try again in 15 minutes.');
    expect(throttledMessage(5)).toBe('Too many failed sign-in attempts. Try again in 1 minute.');
  });
});
