import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage } from '../../platform/db/keyset-page.js';
import { toGlobalId } from '../../platform/ids.js';
import type { Viewer } from '../identity/index.js';

export interface AuditEventView {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  subjectType: string;
  summary: string;
}

/** The site's audit trail, newest first. */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  events(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; subjectType?: string | null },
  ) {
    const where: Array<{ sql: string; params?: unknown[] }> = [
      { sql: 'e.site_id = ?', params: [viewer.siteId] },
    ];
    if (args.subjectType) where.push({ sql: 'e.subject_type = ?', params: [args.subjectType.slice(0, 50)] });
    return keysetPage(this.em, {
      select: 'e.id, e.at, e.action, e.subject_type, e.summary, u.name AS actor_name',
      from: 'audit_event e LEFT JOIN app_user u ON u.id = e.actor_id',
      where,
      orderBy: [
        ['e.at', 'timestamptz'],
        ['e.id', 'uuid'],
      ],
      direction: 'DESC',
      first: args.first,
      defaultSize: 50,
      after: args.after,
      cursorOf: (r: { at: string; id: string }) => [new Date(r.at).toISOString(), r.id],
      nodeOf: (r: {
        id: string;
        at: string;
        action: string;
        subject_type: string;
        summary: string;
        actor_name: string | null;
      }): AuditEventView => ({
        id: toGlobalId('AuditEvent', r.id),
        at: new Date(r.at),
        actorName: r.actor_name,
        action: r.action,
        subjectType: r.subject_type,
        summary: r.summary,
      }),
    });
  }
}
