import type DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { batchLoader } from '../../app/batch.js';
import type { Context } from '../../app/context.js';
import { sqlArray } from '../../platform/db/sql.js';
import { AccountNode } from '../accounts/index.js';
import { ProductNode } from '../catalog/index.js';
import { requireViewer } from '../identity/index.js';
import { CaseChangesService } from './case-changes.service.js';
import { CasesService, toCommentNode } from './cases.service.js';
import {
  CaseAttachmentNode,
  CaseChangeResult,
  CaseCommentConnection,
  CaseCommentNode,
  OpenCaseInput,
  OpenCaseResult,
  ServiceCaseConnection,
  ServiceCaseFilter,
  ServiceCaseNode,
} from './cases.types.js';
import { CaseStatus } from './service-case.entity.js';

type CommentRow = Parameters<typeof toCommentNode>[0] & { service_case_id: string };

/**
 * The latest comment of many cases in one query (a list of cases asks for each one's), per request:
 * keyed by the context, so nothing outlives the request or crosses viewers.
 */
const lastCommentLoaders = new WeakMap<Context, DataLoader<string, CaseCommentNode | null>>();

function lastCommentLoader(ctx: Context): DataLoader<string, CaseCommentNode | null> {
  let loader = lastCommentLoaders.get(ctx);
  if (!loader) {
    loader = batchLoader<CommentRow, CaseCommentNode | null>(
      (caseIds) =>
        ctx.em.getConnection().execute<CommentRow[]>(
          `SELECT DISTINCT ON (cc.service_case_id)
                  cc.service_case_id, cc.id, cc.body, cc.from_seller, cc.created_at, u.name AS author_name
             FROM case_comment cc JOIN app_user u ON u.id = cc.author_id
            WHERE cc.service_case_id = ANY(?::uuid[])
            ORDER BY cc.service_case_id, cc.created_at DESC, cc.id DESC`,
          [sqlArray([...caseIds])],
        ),
      (row) => row.service_case_id,
      (rows) => (rows[0] ? toCommentNode(rows[0]) : null),
    );
    lastCommentLoaders.set(ctx, loader);
  }
  return loader;
}

/** Service cases: customers open them about their records; both sides write in the thread. */
@Resolver(() => ServiceCaseNode)
export class CasesResolver {
  @Query(() => ServiceCaseConnection, {
    description:
      "Service cases the viewer may see, most recently changed first: a customer's account's cases; for the seller's people, the cases of every account they act for (an inbox across accounts).",
  })
  serviceCases(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 20).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
    @Arg('filter', () => ServiceCaseFilter, { nullable: true, description: 'Narrow the list.' })
    filter?: ServiceCaseFilter,
  ) {
    return new CasesService(ctx.em).list(requireViewer(ctx.viewer), { first, after, filter });
  }

  @Query(() => ServiceCaseNode, {
    nullable: true,
    description: 'One service case; null when there is none the viewer may see.',
  })
  serviceCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ServiceCaseNode | null> {
    return new CasesService(ctx.em).byGlobalId(requireViewer(ctx.viewer), id);
  }

  @Mutation(() => OpenCaseResult, {
    description:
      "Buyers and partners: open a case about an order, one of its lines, an invoice or a product of their account (or in general). The seller's people assigned to the account are notified.",
  })
  openCase(@Ctx() ctx: Context, @Arg('input', () => OpenCaseInput) input: OpenCaseInput) {
    return new CaseChangesService(ctx.em).open(requireViewer(ctx.viewer), input);
  }

  @Mutation(() => CaseChangeResult, {
    description:
      "Write in a case's thread: the account's people or the seller's people acting for the account. The other side is notified; a seller's first answer takes an open case IN_PROGRESS, a customer's answer to AWAITING_CUSTOMER hands it back IN_PROGRESS.",
  })
  addCaseComment(
    @Ctx() ctx: Context,
    @Arg('caseId', () => ID, { description: 'The case.' }) caseId: string,
    @Arg('body', () => String, { description: 'The message (up to 5,000 characters).' }) body: string,
  ) {
    return new CaseChangesService(ctx.em).comment(requireViewer(ctx.viewer), caseId, body);
  }

  @Mutation(() => CaseChangeResult, {
    description:
      'Move a case to another status: the customer closes or reopens; the seller moves it to IN_PROGRESS, AWAITING_CUSTOMER or RESOLVED (and closes a resolved case). See `nextStatuses`.',
  })
  changeCaseStatus(
    @Ctx() ctx: Context,
    @Arg('caseId', () => ID, { description: 'The case.' }) caseId: string,
    @Arg('status', () => CaseStatus, { description: 'The new status.' }) status: CaseStatus,
  ) {
    return new CaseChangesService(ctx.em).changeStatus(requireViewer(ctx.viewer), caseId, status);
  }

  @FieldResolver(() => AccountNode, { description: 'The account the case belongs to.' })
  async account(@Root() c: ServiceCaseNode, @Ctx() ctx: Context): Promise<AccountNode> {
    const account = await ctx.loaders.accountById.load(c.accountDbId);
    if (!account) throw new Error(`account of case ${c.dbId} is missing`);
    return account;
  }

  @FieldResolver(() => ProductNode, {
    nullable: true,
    description: 'The product it concerns (of the line, or the product itself), when the viewer may see it.',
  })
  product(@Root() c: ServiceCaseNode, @Ctx() ctx: Context): Promise<ProductNode | null> {
    return c.productDbId ? ctx.loaders.productById.load(c.productDbId) : Promise.resolve(null);
  }

  @FieldResolver(() => CaseCommentConnection, { description: 'The thread, oldest first.' })
  comments(
    @Root() c: ServiceCaseNode,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 50).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
  ) {
    return new CasesService(ctx.em).comments(c.dbId, first, after);
  }

  @FieldResolver(() => CaseCommentNode, {
    nullable: true,
    description:
      'The latest comment of its thread (to show the last answer beside an order or invoice); null when there is none.',
  })
  lastComment(@Root() c: ServiceCaseNode, @Ctx() ctx: Context): Promise<CaseCommentNode | null> {
    return lastCommentLoader(ctx).load(c.dbId);
  }

  @FieldResolver(() => [CaseAttachmentNode], {
    description: 'Files attached to the case, oldest first (at most 20).',
  })
  attachments(@Root() c: ServiceCaseNode, @Ctx() ctx: Context): Promise<CaseAttachmentNode[]> {
    return new CasesService(ctx.em).attachments(c.dbId);
  }
}
