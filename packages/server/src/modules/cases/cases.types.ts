import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar, ErrorCode, UserError, ValidationFailed } from '../../platform/graphql-types.js';
import { connectionType } from '../../platform/pagination.js';
import { CaseStatus, CaseType } from './service-case.entity.js';

registerEnumType(CaseType, {
  name: 'CaseType',
  description: 'What a service case is about.',
  valuesConfig: {
    DAMAGED_GOODS: { description: 'Goods arrived damaged.' },
    MISSING_ITEMS: { description: 'Items are missing from a delivery.' },
    WRONG_ITEM: { description: 'A wrong item was delivered.' },
    RETURN_REQUEST: { description: 'The customer wants to return goods.' },
    BILLING_QUESTION: { description: 'A question about an invoice or a charge.' },
    PRODUCT_QUESTION: { description: 'A question about a product.' },
    OTHER: { description: 'Anything else.' },
  },
});

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a service case is in its life.',
  valuesConfig: {
    OPEN: { description: 'New (or reopened by the customer): waiting for the seller.' },
    IN_PROGRESS: { description: 'The seller is working on it.' },
    AWAITING_CUSTOMER: { description: 'The seller waits for an answer from the customer.' },
    RESOLVED: { description: 'The seller considers it solved; the customer may close or reopen it.' },
    CLOSED: { description: 'Done. Only the customer may reopen it.' },
  },
});

export enum CaseRecordKind {
  ORDER = 'ORDER',
  ORDER_LINE = 'ORDER_LINE',
  INVOICE = 'INVOICE',
  PRODUCT = 'PRODUCT',
}
registerEnumType(CaseRecordKind, {
  name: 'CaseRecordKind',
  description: 'The kind of record a case concerns.',
});

@ObjectType({ simpleResolvers: true, description: 'A person on a case: who opened it or wrote a comment.' })
export class CasePerson {
  @Field({ description: 'Their name.' })
  name!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'The record a case concerns, with enough to name and link it (an order line also names its order).',
})
export class CaseConcerns {
  @Field(() => CaseRecordKind, { description: 'What kind of record it is.' })
  kind!: CaseRecordKind;

  @Field(() => ID, { nullable: true, description: 'The order (also for an order line).' })
  orderId!: string | null;

  @Field(() => String, { nullable: true, description: 'The order number, e.g. CO-500123.' })
  orderNumber!: string | null;

  @Field(() => ID, { nullable: true, description: 'The order line, for a case about one line.' })
  orderLineId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The line number on its order.' })
  lineNumber!: number | null;

  @Field(() => ID, { nullable: true, description: 'The invoice, for a case about an invoice.' })
  invoiceId!: string | null;

  @Field(() => String, { nullable: true, description: 'The invoice number.' })
  invoiceNumber!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The product (of the line, or the product the case is about).',
  })
  productId!: string | null;

  @Field(() => String, { nullable: true, description: 'The SKU of the line or product.' })
  sku!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the line or product.' })
  productName!: string | null;
}

@ObjectType('CaseAttachment', {
  simpleResolvers: true,
  description: 'A file attached to a case. Its content is downloaded from `url`, never sent through GraphQL.',
})
export class CaseAttachmentNode {
  commentDbId!: string | null;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The comment it came with; null when attached to the case alone.',
  })
  commentId!: string | null;

  @Field({ description: 'The file name as uploaded.' })
  fileName!: string;

  @Field({ description: 'Its type, e.g. image/png or application/pdf.' })
  contentType!: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  sizeBytes!: number;

  @Field({
    description: 'Where to download it (same session cookie; only for people who may see the case).',
  })
  url!: string;

  @Field(() => CasePerson, { description: 'Who attached it.' })
  uploadedBy!: CasePerson;

  @Field(() => Boolean, { description: 'True when a seller-side user attached it.' })
  fromSeller!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it was attached.' })
  createdAt!: Date;
}

@ObjectType('CaseComment', { simpleResolvers: true, description: 'A message in the thread of a case.' })
export class CaseCommentNode {
  dbId!: string;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'The message.' })
  body!: string;

  @Field(() => CasePerson, { description: 'Who wrote it.' })
  author!: CasePerson;

  @Field(() => Boolean, {
    description: "True when the author is on the seller's side (sales rep, account manager, site admin).",
  })
  fromSeller!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  createdAt!: Date;
}

export const CaseCommentConnection = connectionType(CaseCommentNode, 'CaseComment', 'case comments');

@ObjectType('ServiceCase', {
  simpleResolvers: true,
  description:
    "A service case a customer opened about an order, an order line, an invoice or a product (or in general), with a comment thread between the account's people and the seller's.",
})
export class ServiceCaseNode {
  dbId!: string;
  accountDbId!: string;
  orderDbId!: string | null;
  productDbId!: string | null;

  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'The case number, unique on the site, e.g. CS-00042.' })
  number!: string;

  @Field(() => CaseType, { description: 'What the case is about.' })
  type!: CaseType;

  @Field(() => CaseStatus, { description: 'Where it is in its life.' })
  status!: CaseStatus;

  @Field({ description: 'A short summary (3–200 characters).' })
  subject!: string;

  @Field({ description: 'The problem in full, as the customer described it.' })
  description!: string;

  @Field(() => CaseConcerns, {
    nullable: true,
    description: 'The record it concerns; null for a general case.',
  })
  concerns!: CaseConcerns | null;

  @Field(() => CasePerson, { description: 'Who opened it.' })
  openedBy!: CasePerson;

  @Field(() => Int, { description: 'How many comments its thread holds.' })
  commentCount!: number;

  @Field(() => DateTimeScalar, { description: 'When it was opened.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed (a comment, a status, an attachment).' })
  updatedAt!: Date;

  @Field(() => [CaseStatus], {
    description: 'The statuses the viewer may move it to now (empty when none).',
  })
  nextStatuses!: CaseStatus[];

  @Field(() => Boolean, { description: 'Whether the viewer may comment (not on a closed case).' })
  canComment!: boolean;
}

export const ServiceCaseConnection = connectionType(ServiceCaseNode, 'ServiceCase', 'service cases');

@InputType({ description: 'Narrows a list of service cases.' })
export class ServiceCaseFilter {
  @Field(() => [CaseStatus], { nullable: true, description: 'Only cases in these statuses.' })
  statuses?: CaseStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only cases about this order (or one of its lines).' })
  orderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cases about this invoice.' })
  invoiceId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Text in the case number, subject, order or invoice number, or account name (up to 200 characters).',
  })
  search?: string | null;
}

@InputType({ description: 'A new service case.' })
export class OpenCaseInput {
  @Field(() => CaseType, { description: 'What it is about.' })
  type!: CaseType;

  @Field({ description: 'A short summary (3–200 characters).' })
  subject!: string;

  @Field({ description: 'The problem in full (required, up to 5,000 characters).' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The order it concerns.' })
  orderId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The order line it concerns (its order is recorded too; orderId may be sent along).',
  })
  orderLineId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The invoice it concerns.' })
  invoiceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The product it concerns (one the viewer may see).' })
  productId?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'The case is not in a status that allows this; nothing was changed.',
})
export class CaseTransitionRefused extends UserError {
  @Field(() => CaseStatus, { description: 'The status the case is in.' })
  status!: CaseStatus;

  constructor(message: string, status: CaseStatus) {
    super();
    this.code = ErrorCode.INVALID_TRANSITION;
    this.message = message;
    this.status = status;
  }
}

@ObjectType({ simpleResolvers: true, description: 'The case was opened.' })
export class CaseOpened {
  @Field(() => ServiceCaseNode, { description: 'The new case.' })
  serviceCase!: ServiceCaseNode;
}

@ObjectType({ simpleResolvers: true, description: 'The case after the change.' })
export class CaseUpdated {
  @Field(() => ServiceCaseNode, { description: 'The case as it is now.' })
  serviceCase!: ServiceCaseNode;

  @Field(() => CaseCommentNode, { nullable: true, description: 'The comment just added, if any.' })
  comment!: CaseCommentNode | null;
}

export const OpenCaseResult = createUnionType({
  name: 'OpenCaseResult',
  description: 'The new case, or why it was refused (nothing was created then).',
  types: () => [CaseOpened, ValidationFailed] as const,
});

export const CaseChangeResult = createUnionType({
  name: 'CaseChangeResult',
  description: 'The case after the change, or why it was refused (nothing changed then).',
  types: () => [CaseUpdated, CaseTransitionRefused, ValidationFailed] as const,
});
