import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction } from '../../platform/db/transaction.js';
import { ForbiddenError } from '../../platform/errors.js';
import { ValidationFailed } from '../../platform/graphql-types.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { money, toDecimal } from '../../platform/money.js';
import { recordAudit } from '../audit/index.js';
import { Role, type Viewer } from '../identity/index.js';
import { accountUserRefusal } from './account-user-messages.js';
import { OrderLimitSetNode, type AccountUserNode } from './account-users.types.js';

interface UserRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  order_limit: string | null;
  currency: string;
}

const LIMIT = /^\d{1,15}(\.\d{1,4})?$/;

/**
 * The users of the effective account and their spending limits. Buyer admins see and set them for
 * their own account; seller-side users acting for the account may see them; nobody else.
 */
export class AccountUsersService {
  constructor(private readonly em: EntityManager) {}

  async list(viewer: Viewer): Promise<AccountUserNode[]> {
    const accountId = viewer.effectiveAccountId;
    if (!this.isBuyerAdmin(viewer) && !viewer.sellerSide)
      throw new ForbiddenError("Only buyer admins may see the account's users.");
    if (!accountId) return [];
    const rows = await this.em.getConnection().execute<UserRow[]>(
      `SELECT u.id, u.name, u.email, u.roles, u.order_limit::text AS order_limit, a.currency
         FROM app_user u JOIN account a ON a.id = u.account_id
        WHERE u.account_id = ? AND u.site_id = ? AND a.site_id = ? ORDER BY u.name, u.id LIMIT 500`,
      [accountId, viewer.siteId, viewer.siteId],
    );
    return rows.map(toAccountUserNode);
  }

  async setOrderLimit(
    viewer: Viewer,
    userGlobalId: string,
    limit: string | null | undefined,
  ): Promise<OrderLimitSetNode | ValidationFailed> {
    if (!this.isBuyerAdmin(viewer))
      throw new ForbiddenError("Only a buyer admin of the account may set its users' order limits.");
    const text = limit?.trim() ?? '';
    if (text && (!LIMIT.test(text) || text.length > 20))
      return new ValidationFailed([
        {
          field: 'limit',
          message: accountUserRefusal('LIMIT_FORMAT', viewer.locale),
        },
      ]);
    const userId = fromGlobalId('User', userGlobalId);
    const accountId = viewer.effectiveAccountId;
    return inTransaction(this.em, async (sql) => {
      const [user] =
        userId && accountId
          ? await sql<UserRow>(
              `SELECT u.id, u.name, u.email, u.roles, u.order_limit::text AS order_limit, a.currency
               FROM app_user u JOIN account a ON a.id = u.account_id
              WHERE u.id = ? AND u.account_id = ? AND u.site_id = ? FOR UPDATE OF u`,
              [userId, accountId, viewer.siteId],
            )
          : [];
      if (!user)
        return new ValidationFailed([
          { field: 'userId', message: accountUserRefusal('NO_SUCH_USER', viewer.locale) },
        ]);
      const next = text ? money(toDecimal(text), user.currency).amount : null;
      const [updated] = await sql<UserRow>(
        `UPDATE app_user u SET order_limit = ? FROM account a WHERE u.id = ? AND a.id = u.account_id
         RETURNING u.id, u.name, u.email, u.roles, u.order_limit::text AS order_limit, a.currency`,
        [next, user.id],
      );
      const show = (v: string | null) =>
        v === null ? 'no limit' : `${money(v, user.currency).amount} ${user.currency}`;
      await recordAudit(sql, {
        siteId: viewer.siteId,
        actorId: viewer.userId,
        action: 'user.order-limit',
        subjectType: 'User',
        subjectId: user.id,
        summary: `Order limit of ${user.name}: ${show(user.order_limit)} → ${show(next)}`,
        before: { orderLimit: user.order_limit, currency: user.currency },
        after: { orderLimit: next, currency: user.currency },
      });
      return Object.assign(new OrderLimitSetNode(), { user: toAccountUserNode(updated!) });
    });
  }

  /** A buyer admin acting for their own account (seller-side users never are). */
  private isBuyerAdmin(viewer: Viewer): boolean {
    return !viewer.sellerSide && viewer.roles.includes(Role.BUYER_ADMIN);
  }
}

function toAccountUserNode(row: UserRow): AccountUserNode {
  return {
    id: toGlobalId('User', row.id),
    name: row.name,
    email: row.email,
    roles: row.roles,
    orderLimit: row.order_limit === null ? null : money(row.order_limit, row.currency),
  };
}
