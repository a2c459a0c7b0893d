import { Migration } from '@mikro-orm/migrations';

export class Migration20261125103531 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "payment" ("id" uuid not null, "site_id" uuid not null, "account_id" uuid not null, "number" text not null, "method" text check ("method" in ('CARD', 'BANK_TRANSFER')) not null, "amount" numeric(19,4) not null, "discount_total" numeric(19,4) not null default 0, "currency" text not null, "idempotency_key" text not null, "request_fingerprint" text not null, "card_charge_id" uuid null, "bank_reference" text null, "paid_by_id" uuid not null, "created_at" timestamptz not null, constraint "payment_pkey" primary key ("id"), constraint payment_amount_check check ("amount" > 0));`);
    this.addSql(`create index "payment_account_id_created_at_id_index" on "payment" ("account_id", "created_at", "id");`);
    this.addSql(`alter table "payment" add constraint "payment_account_id_idempotency_key_unique" unique ("account_id", "idempotency_key");`);
    this.addSql(`alter table "payment" add constraint "payment_site_id_number_unique" unique ("site_id", "number");`);

    this.addSql(`create table "invoice" ("id" uuid not null, "site_id" uuid not null, "account_id" uuid not null, "number" text not null, "order_id" uuid not null, "shipment_id" uuid null, "state" text check ("state" in ('OPEN', 'PARTLY_PAID', 'PAID', 'VOID')) not null default 'OPEN', "currency" text not null, "issued_on" date not null, "due_on" date not null, "payment_terms_days" int not null, "early_payment_discount_percent" numeric(5,2) null, "early_payment_discount_days" int null, "subtotal" numeric(19,4) not null, "tax_total" numeric(19,4) not null, "total" numeric(19,4) not null, "amount_paid" numeric(19,4) not null default 0, "amount_credited" numeric(19,4) not null default 0, "balance" numeric(19,4) not null, "paid_at" timestamptz null, "voided_at" timestamptz null, "void_reason" text null, "created_at" timestamptz not null, constraint "invoice_pkey" primary key ("id"), constraint invoice_paid_check check ("amount_paid" >= 0 and "amount_credited" >= 0), constraint invoice_balance_check check ("balance" >= 0 and "balance" <= "total"));`);
    this.addSql(`create index "invoice_order_id_index" on "invoice" ("order_id");`);
    this.addSql(`alter table "invoice" add constraint "invoice_shipment_id_unique" unique ("shipment_id");`);
    this.addSql(`create index "invoice_account_id_state_due_on_index" on "invoice" ("account_id", "state", "due_on");`);
    this.addSql(`create index "invoice_account_id_issued_on_id_index" on "invoice" ("account_id", "issued_on", "id");`);
    this.addSql(`alter table "invoice" add constraint "invoice_site_id_number_unique" unique ("site_id", "number");`);

    this.addSql(`create table "service_case" ("id" uuid not null, "site_id" uuid not null, "account_id" uuid not null, "number" text not null, "type" text check ("type" in ('DAMAGED_GOODS', 'MISSING_ITEMS', 'WRONG_ITEM', 'RETURN_REQUEST', 'BILLING_QUESTION', 'PRODUCT_QUESTION', 'OTHER')) not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'AWAITING_CUSTOMER', 'RESOLVED', 'CLOSED')) not null default 'OPEN', "subject" text not null, "description" text not null, "order_id" uuid null, "order_line_id" uuid null, "invoice_id" uuid null, "product_id" uuid null, "opened_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "service_case_pkey" primary key ("id"));`);
    this.addSql(`create index "service_case_order_id_index" on "service_case" ("order_id");`);
    this.addSql(`create index "service_case_invoice_id_index" on "service_case" ("invoice_id");`);
    this.addSql(`create index "service_case_account_id_updated_at_id_index" on "service_case" ("account_id", "updated_at", "id");`);
    this.addSql(`alter table "service_case" add constraint "service_case_site_id_number_unique" unique ("site_id", "number");`);

    this.addSql(`create table "payment_allocation" ("id" uuid not null, "payment_id" uuid not null, "invoice_id" uuid not null, "amount" numeric(19,4) not null, "discount" numeric(19,4) not null default 0, constraint "payment_allocation_pkey" primary key ("id"), constraint payment_allocation_amount_check check ("amount" > 0 and "discount" >= 0));`);
    this.addSql(`create index "payment_allocation_payment_id_index" on "payment_allocation" ("payment_id");`);
    this.addSql(`create index "payment_allocation_invoice_id_index" on "payment_allocation" ("invoice_id");`);
    this.addSql(`alter table "payment_allocation" add constraint "payment_allocation_payment_id_invoice_id_unique" unique ("payment_id", "invoice_id");`);

    this.addSql(`create table "invoice_line" ("id" uuid not null, "invoice_id" uuid not null, "order_line_id" uuid not null, "position" int not null, "sku" text not null, "name" text not null, "quantity" int not null, "unit_price" numeric(19,4) not null, "line_total" numeric(19,4) not null, constraint "invoice_line_pkey" primary key ("id"), constraint invoice_line_quantity_check check ("quantity" >= 1));`);
    this.addSql(`create index "invoice_line_invoice_id_index" on "invoice_line" ("invoice_id");`);
    this.addSql(`create index "invoice_line_order_line_id_index" on "invoice_line" ("order_line_id");`);

    this.addSql(`create table "credit_memo" ("id" uuid not null, "site_id" uuid not null, "account_id" uuid not null, "invoice_id" uuid not null, "number" text not null, "kind" text check ("kind" in ('RETURN', 'ADJUSTMENT')) not null, "amount" numeric(19,4) not null, "currency" text not null, "reason" text not null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "credit_memo_pkey" primary key ("id"), constraint credit_memo_amount_check check ("amount" > 0));`);
    this.addSql(`create index "credit_memo_account_id_index" on "credit_memo" ("account_id");`);
    this.addSql(`create index "credit_memo_invoice_id_index" on "credit_memo" ("invoice_id");`);
    this.addSql(`alter table "credit_memo" add constraint "credit_memo_site_id_number_unique" unique ("site_id", "number");`);

    this.addSql(`create table "case_comment" ("id" uuid not null, "service_case_id" uuid not null, "author_id" uuid not null, "from_seller" boolean not null, "body" text not null, "created_at" timestamptz not null, constraint "case_comment_pkey" primary key ("id"));`);
    this.addSql(`create index "case_comment_service_case_id_created_at_index" on "case_comment" ("service_case_id", "created_at");`);

    this.addSql(`create table "case_attachment" ("id" uuid not null, "service_case_id" uuid not null, "comment_id" uuid null, "file_name" text not null, "content_type" text not null, "size_bytes" int not null, "content" bytea not null, "uploaded_by_id" uuid not null, "created_at" timestamptz not null, constraint "case_attachment_pkey" primary key ("id"), constraint case_attachment_size_check check ("size_bytes" > 0 and "size_bytes" <= 10485760));`);
    this.addSql(`create index "case_attachment_service_case_id_index" on "case_attachment" ("service_case_id");`);

    this.addSql(`alter table "payment" add constraint "payment_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_paid_by_id_foreign" foreign key ("paid_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "invoice" add constraint "invoice_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_shipment_id_foreign" foreign key ("shipment_id") references "shipment" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "service_case" add constraint "service_case_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "service_case" add constraint "service_case_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "service_case" add constraint "service_case_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service_case" add constraint "service_case_order_line_id_foreign" foreign key ("order_line_id") references "order_line" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service_case" add constraint "service_case_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service_case" add constraint "service_case_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "service_case" add constraint "service_case_opened_by_id_foreign" foreign key ("opened_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "payment_allocation" add constraint "payment_allocation_payment_id_foreign" foreign key ("payment_id") references "payment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "payment_allocation" add constraint "payment_allocation_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade;`);

    this.addSql(`alter table "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_order_line_id_foreign" foreign key ("order_line_id") references "order_line" ("id") on update cascade;`);

    this.addSql(`alter table "credit_memo" add constraint "credit_memo_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "credit_memo" add constraint "credit_memo_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "credit_memo" add constraint "credit_memo_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade;`);
    this.addSql(`alter table "credit_memo" add constraint "credit_memo_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "case_comment" add constraint "case_comment_service_case_id_foreign" foreign key ("service_case_id") references "service_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_comment" add constraint "case_comment_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "case_attachment" add constraint "case_attachment_service_case_id_foreign" foreign key ("service_case_id") references "service_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_attachment" add constraint "case_attachment_comment_id_foreign" foreign key ("comment_id") references "case_comment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_attachment" add constraint "case_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "site" add column "invoicing_mode" text check ("invoicing_mode" in ('PER_SHIPMENT', 'PER_ORDER')) not null default 'PER_SHIPMENT', add column "invoice_prefix" text not null default 'INV-';`);

    this.addSql(`alter table "account" add column "early_payment_discount_percent" numeric(5,2) null, add column "early_payment_discount_days" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payment_allocation" drop constraint "payment_allocation_payment_id_foreign";`);

    this.addSql(`alter table "service_case" drop constraint "service_case_invoice_id_foreign";`);

    this.addSql(`alter table "payment_allocation" drop constraint "payment_allocation_invoice_id_foreign";`);

    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_invoice_id_foreign";`);

    this.addSql(`alter table "credit_memo" drop constraint "credit_memo_invoice_id_foreign";`);

    this.addSql(`alter table "case_comment" drop constraint "case_comment_service_case_id_foreign";`);

    this.addSql(`alter table "case_attachment" drop constraint "case_attachment_service_case_id_foreign";`);

    this.addSql(`alter table "case_attachment" drop constraint "case_attachment_comment_id_foreign";`);

    this.addSql(`drop table if exists "payment" cascade;`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "service_case" cascade;`);

    this.addSql(`drop table if exists "payment_allocation" cascade;`);

    this.addSql(`drop table if exists "invoice_line" cascade;`);

    this.addSql(`drop table if exists "credit_memo" cascade;`);

    this.addSql(`drop table if exists "case_comment" cascade;`);

    this.addSql(`drop table if exists "case_attachment" cascade;`);

    this.addSql(`alter table "account" drop column "early_payment_discount_percent", drop column "early_payment_discount_days";`);

    this.addSql(`alter table "site" drop column "invoicing_mode", drop column "invoice_prefix";`);
  }

}
