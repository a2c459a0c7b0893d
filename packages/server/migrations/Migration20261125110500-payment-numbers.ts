import { Migration } from '@mikro-orm/migrations';

/** Payment numbers (PAY-900001, …): one sequence, so concurrent payments never take the same number. */
export class Migration20261125110500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "payment_number_seq" start 900001;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "payment_number_seq";`);
  }
}
