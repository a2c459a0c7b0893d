import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes } from 'node:crypto';
import { isSellerSide, Role } from './domain/roles.js';
import { chooseLocale, type Viewer } from './viewer.js';

/** Sessions live in PostgreSQL: any server instance resolves any session. */
export const SESSION_COOKIE = 'portway_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

interface SessionRow {
  session_id: string;
  effective_account_id: string | null;
  expires_at: string;
  user_id: string;
  name: string;
  email: string;
  roles: Role[];
  site_id: string;
  account_id: string | null;
  site_code: string;
  site_currency: string;
  chosen_account_site_id: string | null;
  chosen_account_currency: string | null;
  own_account_currency: string | null;
  user_locale: string | null;
  chosen_account_locale: string | null;
  own_account_locale: string | null;
  site_default_locale: string;
  supported_locales: string[];
  catalog_version: string;
}

export class SessionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly sessionHours: number,
  ) {}

  /** Starts a session for a user; returns the token for the cookie (only its hash is stored). */
  async create(userId: string, clientAddress: string | null): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.sessionHours * 3600_000);
    await this.em.getConnection().execute(
      `INSERT INTO user_session (id, token_hash, user_id, created_at, expires_at, client_address)
       VALUES (gen_random_uuid(), ?, ?, now(), ?, ?)`,
      [hashToken(token), userId, expiresAt, clientAddress],
    );
    return { token, expiresAt };
  }

  async end(token: string): Promise<void> {
    await this.em
      .getConnection()
      .execute('DELETE FROM user_session WHERE token_hash = ?', [hashToken(token)]);
  }

  /** The user's choice of language (null: follow the account and the site). */
  async setUserLocale(userId: string, locale: string | null): Promise<void> {
    await this.em.getConnection().execute('UPDATE app_user SET locale = ? WHERE id = ?', [locale, userId]);
  }

  async setEffectiveAccount(sessionId: string, accountId: string): Promise<void> {
    await this.em
      .getConnection()
      .execute('UPDATE user_session SET effective_account_id = ? WHERE id = ?', [accountId, sessionId]);
  }

  /** The viewer behind a session token, or null when the session is unknown or expired. */
  async resolveViewer(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const connection = this.em.getConnection();
    const [row] = await connection.execute<SessionRow[]>(
      `SELECT s.id AS session_id, s.effective_account_id, s.expires_at,
              u.id AS user_id, u.name, u.email, u.roles, u.site_id, u.account_id,
              site.code AS site_code, site.default_currency AS site_currency,
              chosen.site_id AS chosen_account_site_id, chosen.currency AS chosen_account_currency,
              own.currency AS own_account_currency, u.locale AS user_locale,
              chosen.locale AS chosen_account_locale, own.locale AS own_account_locale,
              site.default_locale AS site_default_locale, site.supported_locales,
              (SELECT version FROM catalog_version WHERE id = 1)::text AS catalog_version
         FROM user_session s
         JOIN app_user u ON u.id = s.user_id
         JOIN site ON site.id = u.site_id
         LEFT JOIN account chosen ON chosen.id = s.effective_account_id
         LEFT JOIN account own ON own.id = u.account_id
        WHERE s.token_hash = ? AND s.expires_at > now()`,
      [hashToken(token)],
    );
    if (!row) return null;

    const sellerSide = isSellerSide(row.roles);
    const allAccountsOfSite = sellerSide && row.roles.includes(Role.SITE_ADMIN);
    let accountIds: string[] = [];
    if (!sellerSide) {
      accountIds = row.account_id ? [row.account_id] : [];
    } else if (!allAccountsOfSite) {
      const assigned = await connection.execute<Array<{ account_id: string }>>(
        'SELECT account_id FROM account_assignment WHERE user_id = ?',
        [row.user_id],
      );
      accountIds = assigned.map((a) => a.account_id);
    }

    let effectiveAccountId: string | null = sellerSide ? row.effective_account_id : row.account_id;
    let currency = (sellerSide ? row.chosen_account_currency : row.own_account_currency) ?? row.site_currency;
    let accountLocale = sellerSide ? row.chosen_account_locale : row.own_account_locale;
    const allowed = allAccountsOfSite
      ? row.chosen_account_site_id === row.site_id
      : accountIds.includes(effectiveAccountId ?? '');
    if (effectiveAccountId && !allowed) {
      effectiveAccountId = null; // an assignment was withdrawn since the switch
      currency = row.site_currency;
      accountLocale = null;
    }

    await this.extendIfHalfSpent(row.session_id, new Date(row.expires_at));
    return {
      sessionId: row.session_id,
      userId: row.user_id,
      name: row.name,
      email: row.email,
      roles: row.roles,
      siteId: row.site_id,
      sellerSide,
      allAccountsOfSite,
      accountIds: new Set(accountIds),
      effectiveAccountId,
      currency,
      siteCode: row.site_code,
      locale: chooseLocale([row.user_locale, accountLocale], row.site_default_locale, row.supported_locales),
      chosenLocale: row.user_locale,
      siteDefaultLocale: row.site_default_locale,
      supportedLocales: row.supported_locales,
      catalogVersion: row.catalog_version ?? '0',
    };
  }

  /** Sliding expiry: an active session is renewed once half its life has passed. */
  private async extendIfHalfSpent(sessionId: string, expiresAt: Date): Promise<void> {
    const lifeMs = this.sessionHours * 3600_000;
    if (expiresAt.getTime() - Date.now() > lifeMs / 2) return;
    await this.em
      .getConnection()
      .execute('UPDATE user_session SET expires_at = ? WHERE id = ?', [
        new Date(Date.now() + lifeMs),
        sessionId,
      ]);
  }
}
