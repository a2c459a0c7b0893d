import { Migration } from '@mikro-orm/migrations';

export class Migration20261123190820 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_throttle" ("key" text not null, "failures" int not null, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttle_pkey" primary key ("key"));`);

    this.addSql(`create table "site" ("id" uuid not null, "code" text not null, "name" text not null, "tagline" text not null, "primary_color" text not null, "accent_color" text not null, "logo_url" text not null, "default_locale" text not null, "default_currency" text not null, "created_at" timestamptz not null, constraint "site_pkey" primary key ("id"));`);
    this.addSql(`alter table "site" add constraint "site_code_unique" unique ("code");`);

    this.addSql(`create table "category" ("id" uuid not null, "site_id" uuid not null, "parent_id" uuid null, "name" text not null, "slug" text not null, "position" int not null default 0, constraint "category_pkey" primary key ("id"));`);
    this.addSql(`create index "category_parent_id_index" on "category" ("parent_id");`);
    this.addSql(`alter table "category" add constraint "category_site_id_slug_unique" unique ("site_id", "slug");`);

    this.addSql(`create table "product" ("id" uuid not null, "site_id" uuid not null, "category_id" uuid not null, "sku" text not null, "name" text not null, "description" text not null, "image_url" text null, "unit_of_measure" text not null, "status" text check ("status" in ('ACTIVE', 'DISCONTINUED')) not null default 'ACTIVE', "created_at" timestamptz not null, constraint "product_pkey" primary key ("id"));`);
    this.addSql(`create index "product_category_id_index" on "product" ("category_id");`);
    this.addSql(`create index "product_site_id_name_id_index" on "product" ("site_id", "name", "id");`);
    this.addSql(`alter table "product" add constraint "product_site_id_sku_unique" unique ("site_id", "sku");`);

    this.addSql(`create table "product_price" ("id" uuid not null, "product_id" uuid not null, "currency" text not null, "amount" numeric(19,4) not null, constraint "product_price_pkey" primary key ("id"));`);
    this.addSql(`alter table "product_price" add constraint "product_price_product_id_currency_unique" unique ("product_id", "currency");`);

    this.addSql(`create table "account" ("id" uuid not null, "site_id" uuid not null, "number" text not null, "name" text not null, "kind" text check ("kind" in ('BUYER', 'DEALER', 'DISTRIBUTOR')) not null, "currency" text not null, "locale" text not null, "credit_status" text check ("credit_status" in ('APPROVED', 'NONE', 'ON_HOLD')) not null, "credit_limit" numeric(19,4) null, "payment_terms_days" int null, "created_at" timestamptz not null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_site_id_number_unique" unique ("site_id", "number");`);

    this.addSql(`create table "address" ("id" uuid not null, "account_id" uuid not null, "label" text not null, "line1" text not null, "line2" text null, "city" text not null, "region" text not null, "postal_code" text not null, "country" text not null, constraint "address_pkey" primary key ("id"));`);
    this.addSql(`create index "address_account_id_index" on "address" ("account_id");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "site_id" uuid not null, "email" text not null, "name" text not null, "password_hash" text not null, "roles" text[] not null, "account_id" uuid null, "locale" text null, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`create index "app_user_account_id_index" on "app_user" ("account_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_site_id_email_unique" unique ("site_id", "email");`);

    this.addSql(`create table "customer_order" ("id" uuid not null, "site_id" uuid not null, "account_id" uuid not null, "number" text not null, "status" text check ("status" in ('PLACED', 'AWAITING_APPROVAL', 'APPROVED', 'PARTLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'CANCELLED')) not null, "placed_at" timestamptz not null, "placed_by_id" uuid not null, "po_number" text null, "ship_to_id" uuid null, "currency" text not null, "subtotal" numeric(19,4) not null, "total" numeric(19,4) not null, "line_count" int not null, constraint "customer_order_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_order_account_id_placed_at_id_index" on "customer_order" ("account_id", "placed_at", "id");`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_site_id_number_unique" unique ("site_id", "number");`);

    this.addSql(`create table "order_line" ("id" uuid not null, "order_id" uuid not null, "line_number" int not null, "product_id" uuid null, "sku" text not null, "name" text not null, "quantity" int not null, "unit_price" numeric(19,4) not null, "line_total" numeric(19,4) not null, constraint "order_line_pkey" primary key ("id"));`);
    this.addSql(`create index "order_line_product_id_index" on "order_line" ("product_id");`);
    this.addSql(`alter table "order_line" add constraint "order_line_order_id_line_number_unique" unique ("order_id", "line_number");`);

    this.addSql(`create table "account_assignment" ("id" uuid not null, "user_id" uuid not null, "account_id" uuid not null, "created_at" timestamptz not null, constraint "account_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "account_assignment_user_id_index" on "account_assignment" ("user_id");`);
    this.addSql(`create index "account_assignment_account_id_index" on "account_assignment" ("account_id");`);
    this.addSql(`alter table "account_assignment" add constraint "account_assignment_user_id_account_id_unique" unique ("user_id", "account_id");`);

    this.addSql(`create table "user_session" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "effective_account_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "client_address" text null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`create index "user_session_expires_at_index" on "user_session" ("expires_at");`);

    this.addSql(`alter table "category" add constraint "category_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "category" add constraint "category_parent_id_foreign" foreign key ("parent_id") references "category" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "product" add constraint "product_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "product" add constraint "product_category_id_foreign" foreign key ("category_id") references "category" ("id") on update cascade;`);

    this.addSql(`alter table "product_price" add constraint "product_price_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account" add constraint "account_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);

    this.addSql(`alter table "address" add constraint "address_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "app_user" add constraint "app_user_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customer_order" add constraint "customer_order_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_placed_by_id_foreign" foreign key ("placed_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_ship_to_id_foreign" foreign key ("ship_to_id") references "address" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "order_line" add constraint "order_line_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "order_line" add constraint "order_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "account_assignment" add constraint "account_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "account_assignment" add constraint "account_assignment_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_session" add constraint "user_session_effective_account_id_foreign" foreign key ("effective_account_id") references "account" ("id") on update cascade on delete set null;`);
  }

}
