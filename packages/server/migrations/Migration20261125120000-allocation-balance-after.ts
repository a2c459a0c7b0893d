import { Migration } from '@mikro-orm/migrations';

/**
 * Each payment allocation records the invoice's balance right after that payment ("Balance after" on
 * the receipt), so a receipt never changes once issued. Existing allocations are backfilled from the
 * history: the invoice's total, less what this payment and every earlier one (by created_at, then id)
 * settled of it (amount + discount), less the credit memos on it made at or before this payment.
 */
export class Migration20261125120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "payment_allocation" add column "balance_after" numeric(19,4) null;`);
    this.addSql(`update "payment_allocation" a set "balance_after" = greatest(0, i."total"
        - (select coalesce(sum(a2."amount" + a2."discount"), 0)
             from "payment_allocation" a2 join "payment" p2 on p2."id" = a2."payment_id"
            where a2."invoice_id" = a."invoice_id"
              and (p2."created_at", p2."id") <= (p."created_at", p."id"))
        - (select coalesce(sum(cm."amount"), 0)
             from "credit_memo" cm
            where cm."invoice_id" = a."invoice_id" and cm."created_at" <= p."created_at"))
      from "payment" p, "invoice" i
     where p."id" = a."payment_id" and i."id" = a."invoice_id";`);
    this.addSql(`alter table "payment_allocation" alter column "balance_after" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payment_allocation" drop column "balance_after";`);
  }
}
