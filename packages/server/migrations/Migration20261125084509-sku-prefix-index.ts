import { Migration } from '@mikro-orm/migrations';

export class Migration20261125084509 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "product_site_sku_prefix_index" on "product" ("site_id", lower("sku") text_pattern_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "product_site_sku_prefix_index";`);
  }

}
