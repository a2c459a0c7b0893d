import type { EntityManager } from '@mikro-orm/postgresql';
import { cleanText } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { money } from '../../platform/money.js';
import { keysetPage } from '../../platform/db/keyset-page.js';
import type { Connection } from '../../platform/pagination.js';
import { accountScopeSql, canActFor, type Viewer } from '../identity/index.js';
import type { AccountKind, CreditStatus } from './account.entity.js';
import type { AccountNode, AddressNode } from './account.types.js';

export interface AccountRow {
  id: string;
  site_id: string;
  number: string;
  name: string;
  kind: AccountKind;
  currency: string;
  locale: string;
  credit_status: CreditStatus;
  credit_limit: string | null;
  payment_terms_days: number | null;
}

export interface AddressRow {
  /** Set by the first-page loader: how many addresses the account has. */
  total?: string;
  id: string;
  account_id: string;
  label: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string;
  postal_code: string;
  country: string;
}

const ACCOUNT_COLUMNS =
  'a.id, a.site_id, a.number, a.name, a.kind, a.currency, a.locale, a.credit_status, a.credit_limit, a.payment_terms_days';

/** Accounts the viewer may act for. Every query here is scoped by the access helper. */
export class AccountsService {
  constructor(private readonly em: EntityManager) {}

  async list(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; search?: string | null },
  ): Promise<Connection<AccountNode>> {
    const scope = accountScopeSql(viewer, 'a');
    const where = [scope];
    const search = args.search ? cleanText(args.search, 'Search text') : '';
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      where.push({ sql: '(a.name ILIKE ? OR a.number ILIKE ?)', params: [pattern, pattern] });
    }
    return keysetPage(this.em, {
      select: ACCOUNT_COLUMNS,
      from: 'account a',
      where,
      orderBy: [
        ['a.name', 'text'],
        ['a.id', 'uuid'],
      ],
      direction: 'ASC',
      first: args.first,
      defaultSize: 20,
      after: args.after,
      cursorOf: (r: AccountRow) => [r.name, r.id],
      nodeOf: toAccountNode,
    });
  }

  /** One account by opaque ID, or null when it is not one the viewer may act for. */
  async byGlobalId(viewer: Viewer, globalId: string): Promise<AccountNode | null> {
    const id = fromGlobalId('Account', globalId);
    if (!id) return null;
    const row = await this.rowById(id);
    return row && canActFor(viewer, row.id, row.site_id) ? toAccountNode(row) : null;
  }

  /** Ship-to addresses of an account already reached through a scoped query, by label. */
  async addresses(accountId: string, args: { first?: number | null; after?: string | null }) {
    return keysetPage(this.em, {
      select: 'a.*',
      from: 'address a',
      where: [{ sql: 'a.account_id = ?', params: [accountId] }],
      orderBy: [
        ['a.label', 'text'],
        ['a.id', 'uuid'],
      ],
      direction: 'ASC',
      first: args.first,
      defaultSize: 50,
      after: args.after,
      cursorOf: (r: AddressRow) => [r.label, r.id],
      nodeOf: toAddressNode,
    });
  }

  async rowById(id: string): Promise<AccountRow | null> {
    const [row] = await this.em
      .getConnection()
      .execute<AccountRow[]>(`SELECT ${ACCOUNT_COLUMNS} FROM account a WHERE a.id = ?`, [id]);
    return row ?? null;
  }
}

export function toAccountNode(row: AccountRow): AccountNode {
  return {
    dbId: row.id,
    id: toGlobalId('Account', row.id),
    number: row.number,
    name: row.name,
    kind: row.kind,
    currency: row.currency,
    locale: row.locale,
    creditStatus: row.credit_status,
    creditLimit: row.credit_limit === null ? null : money(row.credit_limit, row.currency),
    paymentTermsDays: row.payment_terms_days,
  };
}

export function toAddressNode(row: AddressRow): AddressNode {
  return {
    id: toGlobalId('Address', row.id),
    label: row.label,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    region: row.region,
    postalCode: row.postal_code,
    country: row.country,
  };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
