import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ADDRESS_POLICY,
  EMAIL_POLICY,
  lockedForSeconds,
  recordFailure,
  type ThrottlePolicy,
  type ThrottleState,
} from './domain/throttle.js';
import { verifyPassword } from './password.js';
import type { SessionsService } from './sessions.service.js';

export type SignInOutcome =
  | { kind: 'signed-in'; userId: string; token: string; expiresAt: Date }
  | { kind: 'invalid-credentials' }
  | { kind: 'throttled'; retryAfterSeconds: number };

interface ThrottleRow {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

/** Email and password sign-in with throttling per email and per client address. */
export class SignInService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessions: SessionsService,
  ) {}

  async signIn(
    siteCode: string,
    email: string,
    password: string,
    clientAddress: string,
  ): Promise<SignInOutcome> {
    const normalizedEmail = email.trim().toLowerCase();
    const keys = [
      { key: `email:${siteCode}:${normalizedEmail}`, policy: EMAIL_POLICY },
      { key: `address:${clientAddress}`, policy: ADDRESS_POLICY },
    ];
    const now = new Date();
    const states = await this.loadStates(keys.map((k) => k.key));
    const retryAfterSeconds = Math.max(...keys.map((k) => lockedForSeconds(states.get(k.key) ?? null, now)));
    if (retryAfterSeconds > 0) return { kind: 'throttled', retryAfterSeconds };

    const [user] = await this.em.getConnection().execute<Array<{ id: string; password_hash: string }>>(
      `SELECT u.id, u.password_hash FROM app_user u JOIN site s ON s.id = u.site_id
        WHERE s.code = ? AND u.email = ?`,
      [siteCode, normalizedEmail],
    );
    const ok = await verifyPassword(user?.password_hash ?? null, password);
    if (!ok || !user) {
      await this.recordFailures(keys, now);
      return { kind: 'invalid-credentials' };
    }
    await this.em.getConnection().execute('DELETE FROM login_throttle WHERE key = ?', [keys[0].key]);
    const session = await this.sessions.create(user.id, clientAddress);
    return { kind: 'signed-in', userId: user.id, ...session };
  }

  private async loadStates(keys: string[]): Promise<Map<string, ThrottleState>> {
    const rows = await this.em
      .getConnection()
      .execute<ThrottleRow[]>('SELECT * FROM login_throttle WHERE key IN (?, ?)', keys);
    return new Map(rows.map((r) => [r.key, toState(r)]));
  }

  /** Counts one failure on each key; row locks keep concurrent failures from being lost. */
  private async recordFailures(
    keys: Array<{ key: string; policy: ThrottlePolicy }>,
    now: Date,
  ): Promise<void> {
    await this.em.transactional(async (em) => {
      const connection = em.getConnection();
      for (const { key, policy } of keys) {
        // The row exists before it is locked, so two first failures at once both count.
        await connection.execute(
          `INSERT INTO login_throttle (key, failures, window_started_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING`,
          [key, now],
          'run',
          em.getTransactionContext(),
        );
        const [row] = await connection.execute<ThrottleRow[]>(
          'SELECT * FROM login_throttle WHERE key = ? FOR UPDATE',
          [key],
          'all',
          em.getTransactionContext(),
        );
        const next = recordFailure(toState(row), now, policy);
        await connection.execute(
          'UPDATE login_throttle SET failures = ?, window_started_at = ?, locked_until = ? WHERE key = ?',
          [next.failures, next.windowStartedAt, next.lockedUntil, key],
          'run',
          em.getTransactionContext(),
        );
      }
    });
  }
}

function toState(row: ThrottleRow): ThrottleState {
  return {
    failures: row.failures,
    windowStartedAt: new Date(row.window_started_at),
    lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
  };
}
