import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/db/sql.js';
import { keysetPage } from '../../platform/db/keyset-page.js';
import { BadUserInputError, cleanText } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import type { Connection } from '../../platform/pagination.js';
import { escapeLike } from '../accounts/index.js';
import type { Viewer } from '../identity/index.js';
import { caseScopeSql, sideOf } from './cases-access.js';
import {
  CaseConcerns,
  CaseRecordKind,
  type CaseAttachmentNode,
  type CaseCommentNode,
  type ServiceCaseFilter,
  type ServiceCaseNode,
} from './cases.types.js';
import { mayComment, nextStatuses, type CaseStatusValue } from './domain/case-status.js';
import type { CaseStatus, CaseType } from './service-case.entity.js';

export interface CaseRow {
  id: string;
  site_id: string;
  account_id: string;
  number: string;
  type: CaseType;
  status: CaseStatus;
  subject: string;
  description: string;
  order_id: string | null;
  order_line_id: string | null;
  invoice_id: string | null;
  product_id: string | null;
  opened_by_id: string;
  created_at: string;
  updated_at: string;
  order_number: string | null;
  line_number: number | null;
  sku: string | null;
  product_name: string | null;
  concerned_product_id: string | null;
  invoice_number: string | null;
  opened_by_name: string;
  comment_count: number;
}

export const CASE_COLUMNS = `c.id, c.site_id, c.account_id, c.number, c.type, c.status, c.subject, c.description,
  c.order_id, c.order_line_id, c.invoice_id, c.product_id, c.opened_by_id, c.created_at, c.updated_at,
  o.number AS order_number, l.line_number, coalesce(l.sku, p.sku) AS sku, coalesce(l.name, p.name) AS product_name,
  coalesce(l.product_id, c.product_id) AS concerned_product_id, i.number AS invoice_number, u.name AS opened_by_name,
  (SELECT count(*) FROM case_comment cc WHERE cc.service_case_id = c.id)::int AS comment_count`;

export const CASE_FROM = `service_case c
  JOIN app_user u ON u.id = c.opened_by_id
  LEFT JOIN customer_order o ON o.id = c.order_id
  LEFT JOIN order_line l ON l.id = c.order_line_id
  LEFT JOIN invoice i ON i.id = c.invoice_id
  LEFT JOIN product p ON p.id = c.product_id`;

interface CommentRow {
  id: string;
  body: string;
  from_seller: boolean;
  created_at: string;
  author_name: string;
}

interface AttachmentRow {
  id: string;
  comment_id: string | null;
  file_name: string;
  content_type: string;
  size_bytes: number;
  created_at: string;
  uploaded_by_name: string;
  from_seller: boolean;
}

export interface CaseListArgs {
  first?: number | null;
  after?: string | null;
  filter?: ServiceCaseFilter | null;
}

/** Reading service cases, always through the viewer's scope (see cases-access.ts). */
export class CasesService {
  constructor(private readonly em: EntityManager) {}

  /**
   * The viewer's cases, most recently changed first: a customer's account's cases, or — for the
   * seller's people — the cases of every account they act for (an inbox across accounts).
   */
  async list(viewer: Viewer, args: CaseListArgs): Promise<Connection<ServiceCaseNode>> {
    const scope = caseScopeSql(viewer);
    const where: Array<{ sql: string; params?: unknown[] }> = [scope];
    const { statuses, orderId, invoiceId, search } = args.filter ?? {};
    if (statuses?.length) where.push({ sql: 'c.status = ANY(?::text[])', params: [sqlArray(statuses)] });
    if (orderId != null) {
      const id = fromGlobalId('Order', orderId);
      if (!id) throw new BadUserInputError('`orderId` is not an order ID.');
      where.push({ sql: 'c.order_id = ?', params: [id] });
    }
    if (invoiceId != null) {
      const id = fromGlobalId('Invoice', invoiceId);
      if (!id) throw new BadUserInputError('`invoiceId` is not an invoice ID.');
      where.push({ sql: 'c.invoice_id = ?', params: [id] });
    }
    const text = search ? cleanText(search, 'Search') : '';
    if (text) {
      const pattern = `%${escapeLike(text)}%`;
      where.push({
        sql: `(c.number ILIKE ? OR c.subject ILIKE ? OR o.number ILIKE ? OR i.number ILIKE ?
               OR EXISTS (SELECT 1 FROM account a WHERE a.id = c.account_id AND a.name ILIKE ?))`,
        params: [pattern, pattern, pattern, pattern, pattern],
      });
    }
    return keysetPage<CaseRow, ServiceCaseNode>(this.em, {
      select: CASE_COLUMNS,
      from: CASE_FROM,
      where,
      orderBy: [
        ['c.updated_at', 'timestamptz'],
        ['c.id', 'uuid'],
      ],
      direction: 'DESC',
      first: args.first,
      defaultSize: 20,
      after: args.after,
      cursorOf: (r) => [new Date(r.updated_at).toISOString(), r.id],
      nodeOf: (r) => toCaseNode(r, viewer),
    });
  }

  /** One case in the viewer's scope; null when there is none (or it is another account's or site's). */
  async byGlobalId(viewer: Viewer, globalId: string): Promise<ServiceCaseNode | null> {
    const id = fromGlobalId('ServiceCase', globalId);
    if (!id) return null;
    const scope = caseScopeSql(viewer);
    const [row] = await this.em
      .getConnection()
      .execute<CaseRow[]>(`SELECT ${CASE_COLUMNS} FROM ${CASE_FROM} WHERE c.id = ? AND ${scope.sql}`, [
        id,
        ...scope.params,
      ]);
    return row ? toCaseNode(row, viewer) : null;
  }

  /** A case's thread, oldest first (the case was reached through a scoped query). */
  async comments(
    caseDbId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<CaseCommentNode>> {
    return keysetPage<CommentRow, CaseCommentNode>(this.em, {
      select: 'cc.id, cc.body, cc.from_seller, cc.created_at, u.name AS author_name',
      from: 'case_comment cc JOIN app_user u ON u.id = cc.author_id',
      where: [{ sql: 'cc.service_case_id = ?', params: [caseDbId] }],
      orderBy: [
        ['cc.created_at', 'timestamptz'],
        ['cc.id', 'uuid'],
      ],
      direction: 'ASC',
      first,
      defaultSize: 50,
      after,
      cursorOf: (r) => [new Date(r.created_at).toISOString(), r.id],
      nodeOf: toCommentNode,
    });
  }

  /** A case's attachments, oldest first (at most ATTACHMENTS_PER_CASE). */
  async attachments(caseDbId: string): Promise<CaseAttachmentNode[]> {
    const rows = await this.em.getConnection().execute<AttachmentRow[]>(
      `SELECT a.id, a.comment_id, a.file_name, a.content_type, a.size_bytes, a.created_at, u.name AS uploaded_by_name,
              NOT (u.roles && ARRAY['BUYER','BUYER_ADMIN','PARTNER_USER','PARTNER_MANAGER']::text[]) AS from_seller
         FROM case_attachment a JOIN app_user u ON u.id = a.uploaded_by_id
        WHERE a.service_case_id = ? ORDER BY a.created_at, a.id`,
      [caseDbId],
    );
    return rows.map(toAttachmentNode);
  }
}

export function toCommentNode(r: CommentRow): CaseCommentNode {
  return {
    dbId: r.id,
    id: toGlobalId('CaseComment', r.id),
    body: r.body,
    author: { name: r.author_name },
    fromSeller: r.from_seller,
    createdAt: new Date(r.created_at),
  };
}

export function attachmentUrl(attachmentId: string): string {
  return `/api/case-attachments/${toGlobalId('CaseAttachment', attachmentId)}`;
}

function toAttachmentNode(r: AttachmentRow): CaseAttachmentNode {
  return {
    commentDbId: r.comment_id,
    id: toGlobalId('CaseAttachment', r.id),
    commentId: r.comment_id ? toGlobalId('CaseComment', r.comment_id) : null,
    fileName: r.file_name,
    contentType: r.content_type,
    sizeBytes: r.size_bytes,
    url: attachmentUrl(r.id),
    uploadedBy: { name: r.uploaded_by_name },
    fromSeller: r.from_seller,
    createdAt: new Date(r.created_at),
  };
}

function concernsOf(r: CaseRow): CaseConcerns | null {
  const kind = r.order_line_id
    ? CaseRecordKind.ORDER_LINE
    : r.order_id
      ? CaseRecordKind.ORDER
      : r.invoice_id
        ? CaseRecordKind.INVOICE
        : r.product_id
          ? CaseRecordKind.PRODUCT
          : null;
  if (!kind) return null;
  return Object.assign(new CaseConcerns(), {
    kind,
    orderId: r.order_id ? toGlobalId('Order', r.order_id) : null,
    orderNumber: r.order_number,
    orderLineId: r.order_line_id ? toGlobalId('OrderLine', r.order_line_id) : null,
    lineNumber: r.line_number,
    invoiceId: r.invoice_id ? toGlobalId('Invoice', r.invoice_id) : null,
    invoiceNumber: r.invoice_number,
    productId: r.concerned_product_id ? toGlobalId('Product', r.concerned_product_id) : null,
    sku: r.sku,
    productName: r.product_name,
  });
}

export function toCaseNode(r: CaseRow, viewer: Viewer): ServiceCaseNode {
  const status = r.status as CaseStatusValue;
  return {
    dbId: r.id,
    accountDbId: r.account_id,
    orderDbId: r.order_id,
    productDbId: r.concerned_product_id,
    id: toGlobalId('ServiceCase', r.id),
    number: r.number,
    type: r.type,
    status: r.status,
    subject: r.subject,
    description: r.description,
    concerns: concernsOf(r),
    openedBy: { name: r.opened_by_name },
    commentCount: r.comment_count,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    nextStatuses: [...nextStatuses(status, sideOf(viewer))] as CaseStatus[],
    canComment: mayComment(status),
  };
}
