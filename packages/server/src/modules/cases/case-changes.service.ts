import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction, type Sql } from '../../platform/db/transaction.js';
import { ForbiddenError } from '../../platform/errors.js';
import { ValidationFailed } from '../../platform/graphql-types.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { CatalogService } from '../catalog/index.js';
import type { Viewer } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { caseScopeSql, sideOf } from './cases-access.js';
import { CasesService, toCommentNode } from './cases.service.js';
import {
  CaseOpened,
  CaseTransitionRefused,
  CaseUpdated,
  type CaseCommentNode,
  type OpenCaseInput,
} from './cases.types.js';
import { ATTACHMENTS_PER_CASE, checkCaseText, checkComment, checkOneRecord } from './domain/case-input.js';
import {
  attachmentRefusal,
  caseNotice,
  caseRefusal,
  caseTransitionText,
  type CaseRefusal,
} from './domain/case-messages.js';
import { changeStatus, mayComment, statusAfterComment, type CaseStatusValue } from './domain/case-status.js';
import type { CaseStatus } from './service-case.entity.js';

/** Timestamps of cases to the millisecond, the precision of the list cursors. */
const NOW = `date_trunc('milliseconds', clock_timestamp())`;

interface LockedCase {
  id: string;
  site_id: string;
  account_id: string;
  number: string;
  subject: string;
  status: CaseStatusValue;
  opened_by_id: string;
}

type ChangeResult = CaseUpdated | CaseTransitionRefused | ValidationFailed;

function refused(field: string, refusal: CaseRefusal, locale: string): ValidationFailed {
  return new ValidationFailed([{ field, message: caseRefusal(refusal, locale) }]);
}

/**
 * Opening a case, commenting and changing its status: one transaction each, the case row locked for
 * the change, `updated_at` bumped, and the other side notified in the same transaction.
 */
export class CaseChangesService {
  constructor(private readonly em: EntityManager) {}

  async open(viewer: Viewer, input: OpenCaseInput): Promise<CaseOpened | ValidationFailed> {
    const locale = viewer.locale;
    if (viewer.sellerSide) throw new ForbiddenError(caseRefusal('CUSTOMERS_OPEN_CASES', locale));
    const accountId = viewer.effectiveAccountId;
    if (!accountId) return refused('orderId', 'NO_ACCOUNT', locale);
    const text = checkCaseText(input, locale);
    const problems = text.ok ? [] : [...text.problems];
    const one = checkOneRecord(input, locale);
    if (one) problems.push(one);
    if (!text.ok || problems.length) return new ValidationFailed(problems);

    // Every ID must name a record of the right type that the viewer may see (else "not found").
    const ids = {
      order: input.orderId ? fromGlobalId('Order', input.orderId) : null,
      line: input.orderLineId ? fromGlobalId('OrderLine', input.orderLineId) : null,
      invoice: input.invoiceId ? fromGlobalId('Invoice', input.invoiceId) : null,
      product: input.productId ? fromGlobalId('Product', input.productId) : null,
    };
    if (input.orderId && !ids.order) return refused('orderId', 'NO_SUCH_ORDER', locale);
    if (input.orderLineId && !ids.line) return refused('orderLineId', 'NO_SUCH_ORDER_LINE', locale);
    if (input.invoiceId && !ids.invoice) return refused('invoiceId', 'NO_SUCH_INVOICE', locale);
    if (input.productId && !ids.product) return refused('productId', 'NO_SUCH_PRODUCT', locale);
    if (input.productId && !(await new CatalogService(this.em).productByGlobalId(viewer, input.productId)))
      return refused('productId', 'NO_SUCH_PRODUCT', locale);

    const outcome = await inTransaction(this.em, async (sql) => {
      let orderId = ids.order;
      if (ids.line) {
        const [line] = await sql<{ order_id: string }>(
          `SELECT l.order_id FROM order_line l JOIN customer_order o ON o.id = l.order_id
            WHERE l.id = ? AND o.account_id = ? AND o.site_id = ?`,
          [ids.line, accountId, viewer.siteId],
        );
        if (!line) return refused('orderLineId', 'NO_SUCH_ORDER_LINE', locale);
        if (orderId && orderId !== line.order_id) return refused('orderLineId', 'LINE_NOT_ON_ORDER', locale);
        orderId = line.order_id;
      } else if (orderId) {
        const [order] = await sql(
          'SELECT 1 FROM customer_order WHERE id = ? AND account_id = ? AND site_id = ?',
          [orderId, accountId, viewer.siteId],
        );
        if (!order) return refused('orderId', 'NO_SUCH_ORDER', locale);
      }
      if (ids.invoice) {
        const [invoice] = await sql('SELECT 1 FROM invoice WHERE id = ? AND account_id = ? AND site_id = ?', [
          ids.invoice,
          accountId,
          viewer.siteId,
        ]);
        if (!invoice) return refused('invoiceId', 'NO_SUCH_INVOICE', locale);
      }
      // Numbers run per site without gaps: one opening at a time per site takes the next one.
      await sql(`SELECT pg_advisory_xact_lock(hashtextextended('service_case_number:' || ?, 0))`, [
        viewer.siteId,
      ]);
      const [next] = await sql<{ n: number }>(
        `SELECT coalesce(max(substring(number FROM '[0-9]+$')::int), 0) + 1 AS n FROM service_case WHERE site_id = ?`,
        [viewer.siteId],
      );
      const number = `CS-${String(next!.n).padStart(5, '0')}`;
      const [created] = await sql<{ id: string }>(
        `INSERT INTO service_case (id, site_id, account_id, number, type, status, subject, description, order_id,
                                   order_line_id, invoice_id, product_id, opened_by_id, created_at, updated_at)
         VALUES (gen_random_uuid(), ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ${NOW}, ${NOW}) RETURNING id`,
        [
          viewer.siteId,
          accountId,
          number,
          input.type,
          text.value.subject,
          text.value.description,
          orderId,
          ids.line,
          ids.invoice,
          ids.product,
          viewer.userId,
        ],
      );
      const caseId = created!.id;
      await notify(sql, viewer.siteId, await this.sellersOf(sql, accountId, caseId, viewer), {
        kind: 'case.opened',
        text: (l) =>
          caseNotice({ kind: 'opened', number, subject: text.value.subject, actorName: viewer.name }, l),
        link: caseLink(viewer, caseId),
      });
      return caseId;
    });
    if (typeof outcome !== 'string') return outcome;
    const node = await new CasesService(this.em).byGlobalId(viewer, toGlobalId('ServiceCase', outcome));
    if (!node) throw new Error(`case ${outcome} just opened could not be read back`);
    return Object.assign(new CaseOpened(), { serviceCase: node });
  }

  async comment(viewer: Viewer, caseId: string, body: string): Promise<ChangeResult> {
    const checked = checkComment(body, viewer.locale);
    if (!checked.ok) return new ValidationFailed(checked.problems);
    let commentNode: CaseCommentNode | null = null;
    const result = await this.change(viewer, caseId, async (sql, c) => {
      if (!mayComment(c.status))
        return new CaseTransitionRefused(
          caseRefusal('CLOSED_NO_COMMENT', viewer.locale),
          c.status as CaseStatus,
        );
      const side = sideOf(viewer);
      const [row] = await sql<{ id: string; body: string; from_seller: boolean; created_at: string }>(
        `INSERT INTO case_comment (id, service_case_id, author_id, from_seller, body, created_at)
         VALUES (gen_random_uuid(), ?, ?, ?, ?, ${NOW}) RETURNING id, body, from_seller, created_at`,
        [c.id, viewer.userId, side === 'SELLER', checked.value],
      );
      commentNode = toCommentNode({ ...row!, author_name: viewer.name });
      const status = statusAfterComment(c.status, side);
      await sql(`UPDATE service_case SET status = ?, updated_at = ${NOW} WHERE id = ?`, [status, c.id]);
      await this.notifyOtherSide(sql, viewer, c, (l) =>
        caseNotice({ kind: 'comment', number: c.number, subject: c.subject, actorName: viewer.name }, l),
      );
      return null;
    });
    if (result instanceof CaseUpdated) result.comment = commentNode;
    return result;
  }

  async changeStatus(viewer: Viewer, caseId: string, to: CaseStatus): Promise<ChangeResult> {
    return this.change(viewer, caseId, async (sql, c) => {
      const t = changeStatus(c.status, to as CaseStatusValue, sideOf(viewer));
      if (!t.ok)
        return new CaseTransitionRefused(
          caseTransitionText(t.refusal, c.status, to as CaseStatusValue, viewer.locale),
          c.status as CaseStatus,
        );
      await sql(`UPDATE service_case SET status = ?, updated_at = ${NOW} WHERE id = ?`, [t.to, c.id]);
      await this.notifyOtherSide(sql, viewer, c, (l) =>
        caseNotice(
          { kind: 'status', number: c.number, subject: c.subject, actorName: viewer.name, status: t.to },
          l,
        ),
      );
      return null;
    });
  }

  /**
   * Stores an uploaded file on a case (already checked: see checkAttachment), optionally with one of
   * the viewer's comments on it, and bumps the case's `updated_at`. Refused with 404 when the case (or
   * comment) is not in reach, 409 when the case is closed or holds its most files.
   */
  async attach(
    viewer: Viewer,
    caseId: string,
    commentId: string | null,
    file: { fileName: string; contentType: string; content: Buffer },
  ): Promise<{ ok: true; id: string } | { ok: false; status: 404 | 409; message: string }> {
    const notFound = {
      ok: false as const,
      status: 404 as const,
      message: caseRefusal('NO_SUCH_CASE', viewer.locale),
    };
    const out = await inTransaction(this.em, async (sql) => {
      const c = await lockCase(sql, viewer, caseId);
      if (!c) return notFound;
      if (!mayComment(c.status))
        return {
          ok: false as const,
          status: 409 as const,
          message: attachmentRefusal('CLOSED', viewer.locale),
        };
      let commentDbId: string | null = null;
      if (commentId) {
        commentDbId = fromGlobalId('CaseComment', commentId);
        const [own] = commentDbId
          ? await sql('SELECT 1 FROM case_comment WHERE id = ? AND service_case_id = ? AND author_id = ?', [
              commentDbId,
              c.id,
              viewer.userId,
            ])
          : [];
        if (!own) return notFound;
      }
      const [{ count }] = await sql<{ count: number }>(
        'SELECT count(*)::int AS count FROM case_attachment WHERE service_case_id = ?',
        [c.id],
      );
      if (count >= ATTACHMENTS_PER_CASE) {
        return {
          ok: false as const,
          status: 409 as const,
          message: attachmentRefusal('TOO_MANY', viewer.locale, ATTACHMENTS_PER_CASE),
        };
      }
      const [row] = await sql<{ id: string }>(
        `INSERT INTO case_attachment (id, service_case_id, comment_id, file_name, content_type, size_bytes, content,
                                      uploaded_by_id, created_at)
         VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, decode(?, 'base64'), ?, ${NOW}) RETURNING id`,
        [
          c.id,
          commentDbId,
          file.fileName,
          file.contentType,
          file.content.length,
          file.content.toString('base64'),
          viewer.userId,
        ],
      );
      await sql(`UPDATE service_case SET updated_at = ${NOW} WHERE id = ?`, [c.id]);
      return { ok: true as const, id: row!.id };
    });
    return out;
  }

  /** Runs one change on the locked case; null from `work` means done: the case is read back. */
  private async change(
    viewer: Viewer,
    caseId: string,
    work: (sql: Sql, c: LockedCase) => Promise<CaseTransitionRefused | ValidationFailed | null>,
  ): Promise<ChangeResult> {
    const outcome = await inTransaction(this.em, async (sql) => {
      const c = await lockCase(sql, viewer, caseId);
      if (!c) return refused('caseId', 'NO_SUCH_CASE', viewer.locale);
      return work(sql, c);
    });
    if (outcome) return outcome;
    const node = await new CasesService(this.em).byGlobalId(viewer, caseId);
    if (!node) throw new Error(`case ${caseId} just changed could not be read back`);
    return Object.assign(new CaseUpdated(), { serviceCase: node, comment: null });
  }

  /**
   * The seller's people to tell about a case: those assigned to the account, and any other seller-side
   * user who already wrote on the case (a site admin who answered). Never the viewer.
   */
  private async sellersOf(sql: Sql, accountId: string, caseId: string, viewer: Viewer): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      `SELECT user_id AS id FROM account_assignment WHERE account_id = ?
       UNION SELECT author_id FROM case_comment WHERE service_case_id = ? AND from_seller`,
      [accountId, caseId],
    );
    return rows.map((r) => r.id).filter((id) => id !== viewer.userId);
  }

  /** The customer's people on a case: who opened it and the account's users who wrote on it. */
  private async customersOf(sql: Sql, c: LockedCase, viewer: Viewer): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      `SELECT ?::uuid AS id UNION SELECT author_id FROM case_comment WHERE service_case_id = ? AND NOT from_seller`,
      [c.opened_by_id, c.id],
    );
    return rows.map((r) => r.id).filter((id) => id !== viewer.userId);
  }

  private async notifyOtherSide(
    sql: Sql,
    viewer: Viewer,
    c: LockedCase,
    text: (locale: string) => { title: string; body: string },
  ): Promise<void> {
    const recipients = viewer.sellerSide
      ? await this.customersOf(sql, c, viewer)
      : await this.sellersOf(sql, c.account_id, c.id, viewer);
    await notify(sql, c.site_id, recipients, {
      kind: 'case.updated',
      text,
      link: caseLink(viewer, c.id),
    });
  }
}

/** The case, locked for a change, when it is in the viewer's scope; else null. */
async function lockCase(sql: Sql, viewer: Viewer, globalId: string): Promise<LockedCase | null> {
  const id = fromGlobalId('ServiceCase', globalId);
  if (!id) return null;
  const scope = caseScopeSql(viewer);
  const [row] = await sql<LockedCase>(
    `SELECT c.id, c.site_id, c.account_id, c.number, c.subject, c.status, c.opened_by_id
       FROM service_case c WHERE c.id = ? AND ${scope.sql} FOR UPDATE`,
    [id, ...scope.params],
  );
  return row ?? null;
}

function caseLink(viewer: Viewer, caseId: string): string {
  return `/${viewer.siteCode}/cases/${toGlobalId('ServiceCase', caseId)}`;
}
