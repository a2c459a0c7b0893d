import type { Sql } from '../../platform/db/transaction.js';
import { chooseLocale } from '../identity/viewer.js';

export interface NotificationText {
  title: string;
  body: string;
}

export interface NotificationInput {
  kind: string;
  /**
   * The words in a recipient's language (a locale such as fr-CA). Called once per language among the
   * recipients; each recipient's row is written in theirs.
   */
  text: (locale: string) => NotificationText;
  link: string | null;
}

interface RecipientRow {
  id: string;
  user_locale: string | null;
  account_locale: string | null;
  default_locale: string;
  supported_locales: string[];
}

/**
 * In-app notifications to users, written in the caller's transaction (so they exist only if it commits).
 *
 * A notification is stored as text, in the recipient's language at the time it is sent: their own
 * choice, else their account's, else the site's default, as their sessions choose it (see
 * chooseLocale). A buyer in Montréal and a sales rep in Chicago notified of the same order each read it
 * in their own language; a later change of language applies to the notifications that follow.
 */
export async function notify(
  sql: Sql,
  siteId: string,
  userIds: readonly string[],
  n: NotificationInput,
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  const recipients = await sql<RecipientRow>(
    `SELECT u.id, u.locale AS user_locale, a.locale AS account_locale, s.default_locale, s.supported_locales
       FROM app_user u JOIN site s ON s.id = u.site_id LEFT JOIN account a ON a.id = u.account_id
      WHERE u.id = ANY(?::uuid[]) AND u.site_id = ?`,
    [`{${unique.join(',')}}`, siteId],
  );
  const byLocale = new Map<string, string[]>();
  for (const r of recipients) {
    const locale = chooseLocale([r.user_locale, r.account_locale], r.default_locale, r.supported_locales);
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), r.id]);
  }
  for (const [locale, ids] of byLocale) {
    const { title, body } = n.text(locale);
    await sql(
      `INSERT INTO notification (id, site_id, user_id, kind, title, body, link, created_at)
       SELECT gen_random_uuid(), ?, u, ?, ?, ?, ?, now() FROM unnest(?::uuid[]) AS u`,
      [siteId, n.kind, title, body, n.link, `{${ids.join(',')}}`],
    );
  }
}
