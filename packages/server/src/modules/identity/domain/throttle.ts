/**
 * Sign-in throttling, pure: failures counted per key within a window; past the limit the key is
 * locked for a while. One policy per email (per site) and a looser one per client address.
 */
export interface ThrottlePolicy {
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

export const EMAIL_POLICY: ThrottlePolicy = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };
export const ADDRESS_POLICY: ThrottlePolicy = {
  maxFailures: 30,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

/** Seconds the key stays locked, 0 when it is not. */
export function lockedForSeconds(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000));
}

/** The state after one more failed attempt. */
export function recordFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const windowExpired =
    !state || now.getTime() - state.windowStartedAt.getTime() >= policy.windowSeconds * 1000;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStartedAt = windowExpired ? now : state.windowStartedAt;
  const lockedUntil =
    failures >= policy.maxFailures
      ? new Date(now.getTime() + policy.lockSeconds * 1000)
      : lockedForSeconds(state, now) > 0
        ? state!.lockedUntil
        : null;
  return { failures, windowStartedAt, lockedUntil };
}

export function throttledMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
