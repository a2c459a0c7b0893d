import { Migration } from '@mikro-orm/migrations';

/**
 * Invoice and credit-memo numbers come from sequences (safe under concurrent shipments, like order
 * numbers); invoices carry their share of the order's shipping charge.
 */
export class Migration20261125104500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "invoice_number_seq" start 700001;`);
    this.addSql(`create sequence if not exists "credit_memo_number_seq" start 800001;`);
    this.addSql(`alter table "invoice" add column "shipping_total" numeric(19,4) not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice" drop column "shipping_total";`);
    this.addSql(`drop sequence if exists "credit_memo_number_seq";`);
    this.addSql(`drop sequence if exists "invoice_number_seq";`);
  }
}
