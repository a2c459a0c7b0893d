import { Migration } from '@mikro-orm/migrations';

export class Migration20261125085158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "card_charge" drop constraint "card_charge_account_id_idempotency_key_unique";`);

    this.addSql(`create index "card_charge_account_id_idempotency_key_index" on "card_charge" ("account_id", "idempotency_key");`);
    this.addSql(`create unique index "card_charge_one_approved_per_key" on "card_charge" ("account_id", "idempotency_key") where "status" = 'APPROVED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "card_charge_account_id_idempotency_key_index";`);
    this.addSql(`drop index "card_charge_one_approved_per_key";`);

    this.addSql(`alter table "card_charge" add constraint "card_charge_account_id_idempotency_key_unique" unique ("account_id", "idempotency_key");`);
  }

}
