import type { Sql } from '../../platform/db/transaction.js';

/** One audit event, written inside the transaction of the change it records. */
export interface AuditInput {
  siteId: string;
  actorId: string | null;
  /** e.g. price.update, tiers.replace, promotion.create, catalog.import */
  action: string;
  subjectType: string;
  subjectId: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(sql: Sql, event: AuditInput): Promise<void> {
  await recordAudits(sql, [event]);
}

/** Many events in one statement (a CSV import records one per changed price). */
export async function recordAudits(sql: Sql, events: readonly AuditInput[]): Promise<void> {
  for (let i = 0; i < events.length; i += 1000) {
    const batch = events.slice(i, i + 1000);
    await sql(
      `INSERT INTO audit_event (id, site_id, actor_id, action, subject_type, subject_id, summary, before, after, at)
       SELECT gen_random_uuid(), e.site_id, e.actor_id, e.action, e.subject_type, e.subject_id, e.summary,
              e.before, e.after, now()
         FROM jsonb_to_recordset(?::jsonb) AS e(site_id uuid, actor_id uuid, action text, subject_type text,
              subject_id uuid, summary text, before jsonb, after jsonb)`,
      [
        JSON.stringify(
          batch.map((e) => ({
            site_id: e.siteId,
            actor_id: e.actorId,
            action: e.action,
            subject_type: e.subjectType,
            subject_id: e.subjectId,
            summary: e.summary,
            before: e.before ?? null,
            after: e.after ?? null,
          })),
        ),
      ],
    );
  }
}
