import type { Sql } from '../../platform/db/transaction.js';

export interface NotificationInput {
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

/** In-app notifications to users, written in the caller's transaction (so they exist only if it commits). */
export async function notify(
  sql: Sql,
  siteId: string,
  userIds: readonly string[],
  n: NotificationInput,
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await sql(
    `INSERT INTO notification (id, site_id, user_id, kind, title, body, link, created_at)
     SELECT gen_random_uuid(), ?, u, ?, ?, ?, ?, now() FROM unnest(?::uuid[]) AS u`,
    [siteId, n.kind, n.title, n.body, n.link, `{${unique.join(',')}}`],
  );
}
