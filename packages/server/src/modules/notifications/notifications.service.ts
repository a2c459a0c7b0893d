import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage } from '../../platform/db/keyset-page.js';
import { sqlArray } from '../../platform/db/sql.js';
import { BadUserInputError } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import type { Connection } from '../../platform/pagination.js';
import type { Viewer } from '../identity/index.js';
import type { NotificationNode, NotificationsMarkedNode } from './notification.types.js';

interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

/** The viewer's own notifications on their site; nobody else's is ever read or changed. */
export class NotificationsService {
  constructor(private readonly em: EntityManager) {}

  list(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
  ): Promise<Connection<NotificationNode>> {
    const where: Array<{ sql: string; params?: unknown[] }> = [
      { sql: 'n.user_id = ? AND n.site_id = ?', params: [viewer.userId, viewer.siteId] },
    ];
    if (args.unreadOnly) where.push({ sql: 'n.read_at IS NULL' });
    return keysetPage(this.em, {
      select: 'n.id, n.kind, n.title, n.body, n.link, n.created_at, n.read_at',
      from: 'notification n',
      where,
      orderBy: [
        ['n.created_at', 'timestamptz'],
        ['n.id', 'uuid'],
      ],
      direction: 'DESC',
      first: args.first,
      defaultSize: 20,
      after: args.after,
      cursorOf: (r: NotificationRow) => [new Date(r.created_at).toISOString(), r.id],
      nodeOf: toNotificationNode,
    });
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [row] = await this.em
      .getConnection()
      .execute<Array<{ count: string }>>(
        'SELECT count(*) FROM notification WHERE user_id = ? AND site_id = ? AND read_at IS NULL',
        [viewer.userId, viewer.siteId],
      );
    return Number(row?.count ?? 0);
  }

  /** Marks some (by id) or all of the viewer's unread notifications read; ids of others change nothing. */
  async markRead(
    viewer: Viewer,
    ids: readonly string[] | null | undefined,
    all: boolean | null | undefined,
  ): Promise<NotificationsMarkedNode> {
    if (!all && !ids?.length) throw new BadUserInputError('Send the ids to mark read, or all: true.');
    if (ids && ids.length > 1000) throw new BadUserInputError('Send at most 1,000 ids at once.');
    const dbIds = (ids ?? []).map((id) => fromGlobalId('Notification', id));
    if (dbIds.some((id) => id === null)) throw new BadUserInputError('A notification ID is not valid.');
    const connection = this.em.getConnection();
    const marked = await connection.execute<Array<{ id: string }>>(
      `UPDATE notification SET read_at = now()
        WHERE user_id = ? AND site_id = ? AND read_at IS NULL ${all ? '' : 'AND id = ANY(?::uuid[])'}
       RETURNING id`,
      all ? [viewer.userId, viewer.siteId] : [viewer.userId, viewer.siteId, sqlArray(dbIds as string[])],
    );
    return { markedCount: marked.length, unreadCount: await this.unreadCount(viewer) };
  }
}

function toNotificationNode(row: NotificationRow): NotificationNode {
  return {
    id: toGlobalId('Notification', row.id),
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: new Date(row.created_at),
    readAt: row.read_at ? new Date(row.read_at) : null,
  };
}
