import { Migration } from '@mikro-orm/migrations';

export class Migration20261125075843 extends Migration {

  override async up(): Promise<void> {
    // Order numbers: a site's prefix and a number from one sequence for all sites (no lock, no reuse).
    this.addSql(`create sequence if not exists "order_number_seq" start 500001;`);
    this.addSql(`create table "order_event" ("id" uuid not null, "order_id" uuid not null, "status" text check ("status" in ('PLACED', 'AWAITING_APPROVAL', 'APPROVED', 'PARTLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'CANCELLED')) not null, "at" timestamptz not null, "actor_id" uuid null, "note" text null, constraint "order_event_pkey" primary key ("id"));`);
    this.addSql(`create index "order_event_order_id_at_index" on "order_event" ("order_id", "at");`);

    this.addSql(`create table "order_delivery_group" ("id" uuid not null, "order_id" uuid not null, "position" int not null, "address_id" uuid null, "address_label" text not null, "address_text" text not null, "country" text not null, "region" text not null, "desired_date" date not null, "shipping_method" text not null, "subtotal" numeric(19,4) not null, "shipping_charge" numeric(19,4) not null, "tax" numeric(19,4) not null, "status" text check ("status" in ('PENDING', 'PARTLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'CANCELLED')) not null default 'PENDING', constraint "order_delivery_group_pkey" primary key ("id"));`);
    this.addSql(`alter table "order_delivery_group" add constraint "order_delivery_group_order_id_position_unique" unique ("order_id", "position");`);

    this.addSql(`create table "shipment" ("id" uuid not null, "order_id" uuid not null, "delivery_group_id" uuid null, "carrier" text not null, "tracking_number" text not null, "tracking_url" text null, "shipped_at" timestamptz not null, "created_by_id" uuid null, constraint "shipment_pkey" primary key ("id"));`);
    this.addSql(`create index "shipment_order_id_index" on "shipment" ("order_id");`);

    this.addSql(`create table "shipment_line" ("id" uuid not null, "shipment_id" uuid not null, "order_line_id" uuid not null, "quantity" int not null, constraint "shipment_line_pkey" primary key ("id"), constraint shipment_line_quantity_check check ("quantity" >= 1));`);
    this.addSql(`create index "shipment_line_shipment_id_index" on "shipment_line" ("shipment_id");`);
    this.addSql(`create index "shipment_line_order_line_id_index" on "shipment_line" ("order_line_id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "site_id" uuid not null, "user_id" uuid not null, "kind" text not null, "title" text not null, "body" text not null, "link" text null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);

    this.addSql(`create table "cart" ("id" uuid not null, "site_id" uuid not null, "account_id" uuid not null, "owner_id" uuid not null, "name" text null, "status" text check ("status" in ('ACTIVE', 'SAVED', 'ORDERED')) not null default 'ACTIVE', "coupon_codes" text[] not null default '{}', "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "cart_pkey" primary key ("id"));`);
    this.addSql(`create index "cart_account_id_status_index" on "cart" ("account_id", "status");`);
    this.addSql(`create unique index "cart_one_active_per_owner" on "cart" ("account_id", "owner_id") where "status" = 'ACTIVE';`);

    this.addSql(`create table "delivery_group" ("id" uuid not null, "cart_id" uuid not null, "address_id" uuid null, "desired_date" date null, "shipping_method" text check ("shipping_method" in ('STANDARD', 'EXPRESS', 'FREIGHT')) not null default 'STANDARD', "position" int not null default 0, constraint "delivery_group_pkey" primary key ("id"));`);
    this.addSql(`create index "delivery_group_cart_id_index" on "delivery_group" ("cart_id");`);

    this.addSql(`create table "cart_offer" ("id" uuid not null, "cart_id" uuid not null, "kind" text check ("kind" in ('TERMS', 'CATEGORY_DISCOUNT')) not null, "terms_days" int null, "category_id" uuid null, "percent" numeric(7,4) null, "reason" text not null, "applied_by_id" uuid not null, "applied_at" timestamptz not null, constraint "cart_offer_pkey" primary key ("id"));`);
    this.addSql(`create index "cart_offer_cart_id_index" on "cart_offer" ("cart_id");`);

    this.addSql(`create table "cart_line" ("id" uuid not null, "cart_id" uuid not null, "product_id" uuid not null, "quantity" int not null, "delivery_group_id" uuid null, "position" int not null default 0, "added_by_id" uuid null, "added_at" timestamptz not null, constraint "cart_line_pkey" primary key ("id"), constraint cart_line_quantity_check check ("quantity" >= 1));`);
    this.addSql(`create index "cart_line_cart_id_index" on "cart_line" ("cart_id");`);
    this.addSql(`create index "cart_line_product_id_index" on "cart_line" ("product_id");`);
    this.addSql(`create index "cart_line_delivery_group_id_index" on "cart_line" ("delivery_group_id");`);

    this.addSql(`create table "card_charge" ("id" uuid not null, "account_id" uuid not null, "charged_by_id" uuid not null, "purpose" text not null, "idempotency_key" text not null, "provider" text not null, "provider_reference" text null, "amount" numeric(19,4) not null, "currency" text not null, "status" text check ("status" in ('APPROVED', 'DECLINED', 'FAILED', 'VOIDED')) not null, "card_brand" text null, "card_last4" text null, "failure_message" text null, "created_at" timestamptz not null, constraint "card_charge_pkey" primary key ("id"));`);
    this.addSql(`create index "card_charge_account_id_created_at_index" on "card_charge" ("account_id", "created_at");`);
    this.addSql(`alter table "card_charge" add constraint "card_charge_account_id_idempotency_key_unique" unique ("account_id", "idempotency_key");`);

    this.addSql(`create table "wishlist" ("id" uuid not null, "account_id" uuid not null, "name" text not null, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "wishlist_pkey" primary key ("id"));`);
    this.addSql(`alter table "wishlist" add constraint "wishlist_account_id_name_unique" unique ("account_id", "name");`);

    this.addSql(`create table "wishlist_item" ("id" uuid not null, "wishlist_id" uuid not null, "product_id" uuid not null, "quantity" int not null default 1, "added_at" timestamptz not null, constraint "wishlist_item_pkey" primary key ("id"), constraint wishlist_item_quantity_check check ("quantity" >= 1));`);
    this.addSql(`create index "wishlist_item_product_id_index" on "wishlist_item" ("product_id");`);
    this.addSql(`alter table "wishlist_item" add constraint "wishlist_item_wishlist_id_product_id_unique" unique ("wishlist_id", "product_id");`);

    this.addSql(`alter table "order_event" add constraint "order_event_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "order_event" add constraint "order_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "order_delivery_group" add constraint "order_delivery_group_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "order_delivery_group" add constraint "order_delivery_group_address_id_foreign" foreign key ("address_id") references "address" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "shipment" add constraint "shipment_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "shipment" add constraint "shipment_delivery_group_id_foreign" foreign key ("delivery_group_id") references "order_delivery_group" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "shipment" add constraint "shipment_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "shipment_line" add constraint "shipment_line_shipment_id_foreign" foreign key ("shipment_id") references "shipment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "shipment_line" add constraint "shipment_line_order_line_id_foreign" foreign key ("order_line_id") references "order_line" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cart" add constraint "cart_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "cart" add constraint "cart_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "cart" add constraint "cart_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "delivery_group" add constraint "delivery_group_cart_id_foreign" foreign key ("cart_id") references "cart" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "delivery_group" add constraint "delivery_group_address_id_foreign" foreign key ("address_id") references "address" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "cart_offer" add constraint "cart_offer_cart_id_foreign" foreign key ("cart_id") references "cart" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cart_offer" add constraint "cart_offer_category_id_foreign" foreign key ("category_id") references "category" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cart_offer" add constraint "cart_offer_applied_by_id_foreign" foreign key ("applied_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "cart_line" add constraint "cart_line_cart_id_foreign" foreign key ("cart_id") references "cart" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cart_line" add constraint "cart_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cart_line" add constraint "cart_line_delivery_group_id_foreign" foreign key ("delivery_group_id") references "delivery_group" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cart_line" add constraint "cart_line_added_by_id_foreign" foreign key ("added_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "card_charge" add constraint "card_charge_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "card_charge" add constraint "card_charge_charged_by_id_foreign" foreign key ("charged_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "wishlist" add constraint "wishlist_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "wishlist" add constraint "wishlist_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "wishlist_item" add constraint "wishlist_item_wishlist_id_foreign" foreign key ("wishlist_id") references "wishlist" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "wishlist_item" add constraint "wishlist_item_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "catalog_version" alter column "id" type int using ("id"::int);`);
    this.addSql(`alter table "catalog_version" alter column "id" set default 1;`);
    this.addSql(`alter table "catalog_version" alter column "version" type bigint using ("version"::bigint);`);
    this.addSql(`alter table "catalog_version" alter column "version" set default '0';`);

    this.addSql(`alter table "site" add column "order_prefix" text not null default 'PW-';`);

    this.addSql(`alter table "app_user" add column "order_limit" numeric(19,4) null;`);

    this.addSql(`alter table "customer_order" add column "idempotency_key" text null, add column "cart_id" uuid null, add column "on_behalf_of_id" uuid null, add column "payment_method" text check ("payment_method" in ('PURCHASE_ORDER', 'CARD')) null, add column "payment_terms_days" int null, add column "payment_due_date" date null, add column "card_charge_id" uuid null, add column "discount_total" numeric(19,4) not null default 0, add column "shipping_total" numeric(19,4) not null default 0, add column "tax_total" numeric(19,4) not null default 0, add column "offer_summary" text null, add column "notes" text null, add column "decided_by_id" uuid null, add column "decided_at" timestamptz null, add column "decision_comment" text null;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_on_behalf_of_id_foreign" foreign key ("on_behalf_of_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "customer_order_account_id_status_index" on "customer_order" ("account_id", "status");`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_account_id_idempotency_key_unique" unique ("account_id", "idempotency_key");`);

    this.addSql(`alter table "order_line" add column "list_unit_price" numeric(19,4) null, add column "price_steps" jsonb null, add column "delivery_group_id" uuid null, add column "quantity_shipped" int not null default 0;`);
    this.addSql(`create index "order_line_delivery_group_id_index" on "order_line" ("delivery_group_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "shipment" drop constraint "shipment_delivery_group_id_foreign";`);

    this.addSql(`alter table "shipment_line" drop constraint "shipment_line_shipment_id_foreign";`);

    this.addSql(`alter table "delivery_group" drop constraint "delivery_group_cart_id_foreign";`);

    this.addSql(`alter table "cart_offer" drop constraint "cart_offer_cart_id_foreign";`);

    this.addSql(`alter table "cart_line" drop constraint "cart_line_cart_id_foreign";`);

    this.addSql(`alter table "cart_line" drop constraint "cart_line_delivery_group_id_foreign";`);

    this.addSql(`alter table "wishlist_item" drop constraint "wishlist_item_wishlist_id_foreign";`);

    this.addSql(`drop table if exists "order_event" cascade;`);

    this.addSql(`drop table if exists "order_delivery_group" cascade;`);

    this.addSql(`drop table if exists "shipment" cascade;`);

    this.addSql(`drop table if exists "shipment_line" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "cart" cascade;`);

    this.addSql(`drop table if exists "delivery_group" cascade;`);

    this.addSql(`drop table if exists "cart_offer" cascade;`);

    this.addSql(`drop table if exists "cart_line" cascade;`);

    this.addSql(`drop table if exists "card_charge" cascade;`);

    this.addSql(`drop table if exists "wishlist" cascade;`);

    this.addSql(`drop table if exists "wishlist_item" cascade;`);

    this.addSql(`alter table "customer_order" drop constraint "customer_order_on_behalf_of_id_foreign";`);
    this.addSql(`alter table "customer_order" drop constraint "customer_order_decided_by_id_foreign";`);

    this.addSql(`alter table "app_user" drop column "order_limit";`);

    this.addSql(`alter table "catalog_version" alter column "id" drop default;`);
    this.addSql(`alter table "catalog_version" alter column "id" type int4 using ("id"::int4);`);
    this.addSql(`alter table "catalog_version" alter column "version" drop default;`);
    this.addSql(`alter table "catalog_version" alter column "version" type int8 using ("version"::int8);`);

    this.addSql(`drop index "customer_order_account_id_status_index";`);
    this.addSql(`alter table "customer_order" drop constraint "customer_order_account_id_idempotency_key_unique";`);
    this.addSql(`alter table "customer_order" drop column "idempotency_key", drop column "cart_id", drop column "on_behalf_of_id", drop column "payment_method", drop column "payment_terms_days", drop column "payment_due_date", drop column "card_charge_id", drop column "discount_total", drop column "shipping_total", drop column "tax_total", drop column "offer_summary", drop column "notes", drop column "decided_by_id", drop column "decided_at", drop column "decision_comment";`);

    this.addSql(`drop index "order_line_delivery_group_id_index";`);
    this.addSql(`alter table "order_line" drop column "list_unit_price", drop column "price_steps", drop column "delivery_group_id", drop column "quantity_shipped";`);

    this.addSql(`alter table "site" drop column "order_prefix";`);
  }

}
