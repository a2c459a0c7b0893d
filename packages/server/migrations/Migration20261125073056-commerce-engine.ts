import { Migration } from '@mikro-orm/migrations';

export class Migration20261125073056 extends Migration {

  override async up(): Promise<void> {
    // Search: trigram matching (SKU prefixes, typos) and French stemming without accents.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_ts_config where cfgname = 'portway_french') then
        create text search configuration portway_french (copy = french);
        alter text search configuration portway_french alter mapping for hword, hword_part, word with unaccent, french_stem;
      end if;
    end $$;`);

    this.addSql(`create table "promotion" ("id" uuid not null, "site_id" uuid not null, "name" text not null, "name_translations" jsonb not null default '{}', "description" text not null default '', "discount_kind" text check ("discount_kind" in ('PERCENT', 'AMOUNT')) not null, "percent" numeric(7,4) null, "min_quantity" int null, "starts_at" timestamptz null, "ends_at" timestamptz null, "coupon_code" text null, "stacking" text check ("stacking" in ('EXCLUSIVE', 'STACKABLE')) not null default 'EXCLUSIVE', "priority" int not null default 10, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "promotion_pkey" primary key ("id"), constraint promotion_window_check check ("starts_at" is null or "ends_at" is null or "starts_at" < "ends_at"), constraint promotion_percent_check check (("discount_kind" = 'PERCENT' and "percent" > 0 and "percent" <= 100) or ("discount_kind" = 'AMOUNT' and "percent" is null)));`);

    this.addSql(`create table "promotion_currency" ("id" uuid not null, "promotion_id" uuid not null, "currency" text not null, "amount_off" numeric(19,4) null, "min_order_amount" numeric(19,4) null, constraint "promotion_currency_pkey" primary key ("id"));`);
    this.addSql(`alter table "promotion_currency" add constraint "promotion_currency_promotion_id_currency_unique" unique ("promotion_id", "currency");`);

    this.addSql(`create table "price_book" ("id" uuid not null, "site_id" uuid not null, "name" text not null, "currency" text not null, "is_default" boolean not null default false, "derived_from_id" uuid null, "conversion_rate" numeric(19,8) null, "rounding" text check ("rounding" in ('MINOR_UNIT', 'WHOLE', 'PRICE_POINT_49_99')) null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "price_book_pkey" primary key ("id"), constraint price_book_derivation_check check (("derived_from_id" is null and "conversion_rate" is null and "rounding" is null) or ("derived_from_id" is not null and "conversion_rate" > 0 and "rounding" is not null)));`);
    this.addSql(`create unique index "price_book_default_per_currency" on "price_book" ("site_id", "currency") where "is_default";`);
    this.addSql(`alter table "price_book" add constraint "price_book_site_id_name_unique" unique ("site_id", "name");`);

    this.addSql(`create table "entitlement_policy" ("id" uuid not null, "site_id" uuid not null, "name" text not null, "description" text not null default '', "can_view" boolean not null default true, "can_buy" boolean not null default true, "can_see_price" boolean not null default true, "not_buyable_reason" text null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "entitlement_policy_pkey" primary key ("id"));`);

    this.addSql(`create table "promotion_target" ("id" uuid not null, "promotion_id" uuid not null, "product_id" uuid null, "category_id" uuid null, constraint "promotion_target_pkey" primary key ("id"), constraint promotion_target_check check (("product_id" is null) <> ("category_id" is null)));`);
    this.addSql(`create index "promotion_target_promotion_id_index" on "promotion_target" ("promotion_id");`);
    this.addSql(`create index "promotion_target_product_id_index" on "promotion_target" ("product_id");`);
    this.addSql(`create index "promotion_target_category_id_index" on "promotion_target" ("category_id");`);

    this.addSql(`create table "product_translation" ("id" uuid not null, "product_id" uuid not null, "locale" text not null, "name" text not null, "description" text not null, "search_vector" tsvector generated always as (setweight(to_tsvector(case when "locale" like 'fr%' then 'portway_french'::regconfig else 'english'::regconfig end, coalesce("name", '')), 'A') || setweight(to_tsvector(case when "locale" like 'fr%' then 'portway_french'::regconfig else 'english'::regconfig end, coalesce("description", '')), 'B')) stored null, constraint "product_translation_pkey" primary key ("id"));`);
    this.addSql(`create index "product_translation_name_trgm_index" on "product_translation" using gin (lower("name") gin_trgm_ops);`);
    this.addSql(`create index "product_translation_search_vector_index" on "product_translation" using gin ("search_vector");`);
    this.addSql(`alter table "product_translation" add constraint "product_translation_product_id_locale_unique" unique ("product_id", "locale");`);

    this.addSql(`create table "product_relation" ("id" uuid not null, "product_id" uuid not null, "related_id" uuid not null, "kind" text check ("kind" in ('ACCESSORY', 'CROSS_SELL', 'UPSELL', 'REPLACEMENT')) not null, "position" int not null default 0, constraint "product_relation_pkey" primary key ("id"));`);
    this.addSql(`create index "product_relation_related_id_index" on "product_relation" ("related_id");`);
    this.addSql(`alter table "product_relation" add constraint "product_relation_product_id_related_id_kind_unique" unique ("product_id", "related_id", "kind");`);

    this.addSql(`create table "product_media" ("id" uuid not null, "product_id" uuid not null, "kind" text check ("kind" in ('IMAGE', 'DATASHEET', 'VIDEO', 'DOCUMENT')) not null, "title" text not null, "url" text not null, "locale" text null, "position" int not null default 0, constraint "product_media_pkey" primary key ("id"));`);
    this.addSql(`create index "product_media_product_id_index" on "product_media" ("product_id");`);

    this.addSql(`create table "price_book_entry" ("id" uuid not null, "price_book_id" uuid not null, "product_id" uuid not null, "unit_price" numeric(19,4) not null, constraint "price_book_entry_pkey" primary key ("id"), constraint price_book_entry_unit_price_check check ("unit_price" >= 0));`);
    this.addSql(`create index "price_book_entry_product_id_index" on "price_book_entry" ("product_id");`);
    this.addSql(`alter table "price_book_entry" add constraint "price_book_entry_price_book_id_product_id_unique" unique ("price_book_id", "product_id");`);

    this.addSql(`create table "bundle_component" ("id" uuid not null, "bundle_id" uuid not null, "component_id" uuid not null, "quantity" int not null, "required" boolean not null default true, "position" int not null default 0, constraint "bundle_component_pkey" primary key ("id"));`);
    this.addSql(`create index "bundle_component_component_id_index" on "bundle_component" ("component_id");`);
    this.addSql(`alter table "bundle_component" add constraint "bundle_component_bundle_id_component_id_unique" unique ("bundle_id", "component_id");`);

    this.addSql(`create table "entitlement_policy_item" ("id" uuid not null, "policy_id" uuid not null, "product_id" uuid null, "category_id" uuid null, constraint "entitlement_policy_item_pkey" primary key ("id"), constraint entitlement_policy_item_target_check check (("product_id" is null) <> ("category_id" is null)));`);
    this.addSql(`create index "entitlement_policy_item_policy_id_index" on "entitlement_policy_item" ("policy_id");`);
    this.addSql(`create index "entitlement_policy_item_product_id_index" on "entitlement_policy_item" ("product_id");`);
    this.addSql(`create index "entitlement_policy_item_category_id_index" on "entitlement_policy_item" ("category_id");`);

    this.addSql(`create table "catalog_facet" ("id" uuid not null, "site_id" uuid not null, "code" text not null, "label" text not null, "label_translations" jsonb not null default '{}', "values" jsonb not null, "position" int not null default 0, constraint "catalog_facet_pkey" primary key ("id"));`);
    this.addSql(`alter table "catalog_facet" add constraint "catalog_facet_site_id_code_unique" unique ("site_id", "code");`);

    this.addSql(`create table "buyer_group" ("id" uuid not null, "site_id" uuid not null, "code" text not null, "name" text not null, "description" text not null default '', "is_default" boolean not null default false, "created_at" timestamptz not null, constraint "buyer_group_pkey" primary key ("id"));`);
    this.addSql(`create unique index "buyer_group_default_per_site" on "buyer_group" ("site_id") where "is_default";`);
    this.addSql(`alter table "buyer_group" add constraint "buyer_group_site_id_code_unique" unique ("site_id", "code");`);

    this.addSql(`create table "promotion_buyer_group" ("id" uuid not null, "promotion_id" uuid not null, "buyer_group_id" uuid not null, constraint "promotion_buyer_group_pkey" primary key ("id"));`);
    this.addSql(`create index "promotion_buyer_group_buyer_group_id_index" on "promotion_buyer_group" ("buyer_group_id");`);
    this.addSql(`alter table "promotion_buyer_group" add constraint "promotion_buyer_group_promotion_id_buyer_group_id_unique" unique ("promotion_id", "buyer_group_id");`);

    this.addSql(`create table "entitlement_policy_group" ("id" uuid not null, "policy_id" uuid not null, "buyer_group_id" uuid not null, constraint "entitlement_policy_group_pkey" primary key ("id"));`);
    this.addSql(`create index "entitlement_policy_group_buyer_group_id_index" on "entitlement_policy_group" ("buyer_group_id");`);
    this.addSql(`alter table "entitlement_policy_group" add constraint "entitlement_policy_group_policy_id_buyer_group_id_unique" unique ("policy_id", "buyer_group_id");`);

    this.addSql(`create table "buyer_group_price_book" ("id" uuid not null, "buyer_group_id" uuid not null, "price_book_id" uuid not null, "priority" int not null default 10, constraint "buyer_group_price_book_pkey" primary key ("id"));`);
    this.addSql(`create index "buyer_group_price_book_price_book_id_index" on "buyer_group_price_book" ("price_book_id");`);
    this.addSql(`alter table "buyer_group_price_book" add constraint "buyer_group_price_book_buyer_group_id_price_book_id_unique" unique ("buyer_group_id", "price_book_id");`);

    this.addSql(`create table "contract_price" ("id" uuid not null, "account_id" uuid not null, "product_id" uuid not null, "currency" text not null, "unit_price" numeric(19,4) not null, "valid_from" timestamptz null, "valid_to" timestamptz null, "reference" text not null default '', "created_at" timestamptz not null, constraint "contract_price_pkey" primary key ("id"), constraint contract_price_validity_check check ("valid_from" is null or "valid_to" is null or "valid_from" < "valid_to"), constraint contract_price_unit_price_check check ("unit_price" >= 0));`);
    this.addSql(`create index "contract_price_product_id_index" on "contract_price" ("product_id");`);
    this.addSql(`create index "contract_price_account_id_product_id_currency_index" on "contract_price" ("account_id", "product_id", "currency");`);

    this.addSql(`create table "account_buyer_group" ("id" uuid not null, "account_id" uuid not null, "buyer_group_id" uuid not null, constraint "account_buyer_group_pkey" primary key ("id"));`);
    this.addSql(`create index "account_buyer_group_buyer_group_id_index" on "account_buyer_group" ("buyer_group_id");`);
    this.addSql(`alter table "account_buyer_group" add constraint "account_buyer_group_account_id_buyer_group_id_unique" unique ("account_id", "buyer_group_id");`);

    this.addSql(`create table "audit_event" ("id" uuid not null, "site_id" uuid not null, "actor_id" uuid null, "action" text not null, "subject_type" text not null, "subject_id" uuid null, "summary" text not null, "before" jsonb null, "after" jsonb null, "at" timestamptz not null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_subject_type_subject_id_index" on "audit_event" ("subject_type", "subject_id");`);
    this.addSql(`create index "audit_event_site_id_at_index" on "audit_event" ("site_id", "at");`);

    this.addSql(`create table "volume_tier_table" ("id" uuid not null, "site_id" uuid not null, "product_id" uuid not null, "currency" text not null, "mode" text check ("mode" in ('SLAB', 'RANGE')) not null default 'SLAB', "updated_at" timestamptz not null, constraint "volume_tier_table_pkey" primary key ("id"));`);
    this.addSql(`alter table "volume_tier_table" add constraint "volume_tier_table_product_id_currency_unique" unique ("product_id", "currency");`);

    this.addSql(`create table "volume_tier" ("id" uuid not null, "table_id" uuid not null, "lower_bound" int not null, "upper_bound" int null, "adjustment" text check ("adjustment" in ('AMOUNT_OFF', 'PERCENT_OFF', 'OVERRIDE')) not null, "value" numeric(19,4) not null, constraint "volume_tier_pkey" primary key ("id"), constraint volume_tier_value_check check ("value" >= 0), constraint volume_tier_bounds_check check ("lower_bound" >= 1 and ("upper_bound" is null or "upper_bound" > "lower_bound")));`);
    this.addSql(`alter table "volume_tier" add constraint "volume_tier_table_id_lower_bound_unique" unique ("table_id", "lower_bound");`);

    this.addSql(`create table "warehouse" ("id" uuid not null, "site_id" uuid not null, "code" text not null, "name" text not null, "city" text not null, "position" int not null default 0, constraint "warehouse_pkey" primary key ("id"));`);
    this.addSql(`alter table "warehouse" add constraint "warehouse_site_id_code_unique" unique ("site_id", "code");`);

    this.addSql(`create table "product_stock" ("id" uuid not null, "product_id" uuid not null, "warehouse_id" uuid not null, "on_hand" int not null, "low_stock_threshold" int not null default 0, "next_receipt_date" date null, "next_receipt_quantity" int null, constraint "product_stock_pkey" primary key ("id"));`);
    this.addSql(`create index "product_stock_warehouse_id_index" on "product_stock" ("warehouse_id");`);
    this.addSql(`alter table "product_stock" add constraint "product_stock_product_id_warehouse_id_unique" unique ("product_id", "warehouse_id");`);

    this.addSql(`alter table "promotion" add constraint "promotion_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);

    this.addSql(`alter table "promotion_currency" add constraint "promotion_currency_promotion_id_foreign" foreign key ("promotion_id") references "promotion" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "price_book" add constraint "price_book_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "price_book" add constraint "price_book_derived_from_id_foreign" foreign key ("derived_from_id") references "price_book" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "entitlement_policy" add constraint "entitlement_policy_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);

    this.addSql(`alter table "promotion_target" add constraint "promotion_target_promotion_id_foreign" foreign key ("promotion_id") references "promotion" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "promotion_target" add constraint "promotion_target_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "promotion_target" add constraint "promotion_target_category_id_foreign" foreign key ("category_id") references "category" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "product_translation" add constraint "product_translation_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "product_relation" add constraint "product_relation_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "product_relation" add constraint "product_relation_related_id_foreign" foreign key ("related_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "product_media" add constraint "product_media_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "price_book_entry" add constraint "price_book_entry_price_book_id_foreign" foreign key ("price_book_id") references "price_book" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "price_book_entry" add constraint "price_book_entry_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "bundle_component" add constraint "bundle_component_bundle_id_foreign" foreign key ("bundle_id") references "product" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bundle_component" add constraint "bundle_component_component_id_foreign" foreign key ("component_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "entitlement_policy_item" add constraint "entitlement_policy_item_policy_id_foreign" foreign key ("policy_id") references "entitlement_policy" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "entitlement_policy_item" add constraint "entitlement_policy_item_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "entitlement_policy_item" add constraint "entitlement_policy_item_category_id_foreign" foreign key ("category_id") references "category" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "catalog_facet" add constraint "catalog_facet_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);

    this.addSql(`alter table "buyer_group" add constraint "buyer_group_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);

    this.addSql(`alter table "promotion_buyer_group" add constraint "promotion_buyer_group_promotion_id_foreign" foreign key ("promotion_id") references "promotion" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "promotion_buyer_group" add constraint "promotion_buyer_group_buyer_group_id_foreign" foreign key ("buyer_group_id") references "buyer_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "entitlement_policy_group" add constraint "entitlement_policy_group_policy_id_foreign" foreign key ("policy_id") references "entitlement_policy" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "entitlement_policy_group" add constraint "entitlement_policy_group_buyer_group_id_foreign" foreign key ("buyer_group_id") references "buyer_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "buyer_group_price_book" add constraint "buyer_group_price_book_buyer_group_id_foreign" foreign key ("buyer_group_id") references "buyer_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "buyer_group_price_book" add constraint "buyer_group_price_book_price_book_id_foreign" foreign key ("price_book_id") references "price_book" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "contract_price" add constraint "contract_price_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract_price" add constraint "contract_price_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account_buyer_group" add constraint "account_buyer_group_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_buyer_group" add constraint "account_buyer_group_buyer_group_id_foreign" foreign key ("buyer_group_id") references "buyer_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "volume_tier_table" add constraint "volume_tier_table_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);
    this.addSql(`alter table "volume_tier_table" add constraint "volume_tier_table_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "volume_tier" add constraint "volume_tier_table_id_foreign" foreign key ("table_id") references "volume_tier_table" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "warehouse" add constraint "warehouse_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);

    this.addSql(`alter table "product_stock" add constraint "product_stock_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "product_stock" add constraint "product_stock_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete cascade;`);

    // List prices move from product_price into each site's default price book per currency.
    this.addSql(`insert into "price_book" ("id", "site_id", "name", "currency", "is_default", "active", "created_at", "updated_at")
      select gen_random_uuid(), p.site_id, 'List prices (' || pp.currency || ')', pp.currency, true, true, now(), now()
        from "product_price" pp join "product" p on p.id = pp.product_id
       group by p.site_id, pp.currency;`);
    this.addSql(`insert into "price_book_entry" ("id", "price_book_id", "product_id", "unit_price")
      select gen_random_uuid(), b.id, pp.product_id, pp.amount
        from "product_price" pp join "product" p on p.id = pp.product_id
        join "price_book" b on b.site_id = p.site_id and b.currency = pp.currency and b.is_default;`);
    this.addSql(`drop table if exists "product_price" cascade;`);

    this.addSql(`alter table "site" add column "supported_locales" text[] not null default '{en-US}', add column "pricing_strategy" text check ("pricing_strategy" in ('LOWEST', 'PRIORITY')) not null default 'LOWEST';`);

    this.addSql(`alter table "category" add column "name_translations" jsonb not null default '{}';`);

    this.addSql(`alter table "product" add column "attributes" jsonb not null default '{}', add column "min_order_quantity" int not null default 1, add column "max_order_quantity" int null, add column "order_increment" int not null default 1, add column "bundle_pricing" text check ("bundle_pricing" in ('INCLUDED', 'SEPARATE')) null, add column "search_vector" tsvector generated always as (setweight(to_tsvector('english'::regconfig, coalesce("name", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B')) stored null, add column "updated_at" timestamptz not null default now();`);
    this.addSql(`create index "product_attributes_index" on "product" using gin ("attributes" jsonb_path_ops);`);
    this.addSql(`create index "product_name_trgm_index" on "product" using gin (lower("name") gin_trgm_ops);`);
    this.addSql(`create index "product_sku_trgm_index" on "product" using gin (lower("sku") gin_trgm_ops);`);
    this.addSql(`create index "product_search_vector_index" on "product" using gin ("search_vector");`);

    // Caches of catalog reference data are keyed by this counter; triggers bump it on every write.
    this.addSql(`create table "catalog_version" ("id" int not null, "version" bigint not null, constraint "catalog_version_pkey" primary key ("id"));`);
    this.addSql(`insert into "catalog_version" ("id", "version") values (1, 0);`);
    this.addSql(`create or replace function bump_catalog_version() returns trigger language plpgsql as $$
      begin
        update catalog_version set version = version + 1 where id = 1;
        return null;
      end $$;`);
    for (const table of [
      'site',
      'category',
      'catalog_facet',
      'buyer_group',
      'account_buyer_group',
      'entitlement_policy',
      'entitlement_policy_group',
      'entitlement_policy_item',
      'price_book',
      'buyer_group_price_book',
      'promotion',
      'promotion_currency',
      'promotion_target',
      'promotion_buyer_group',
    ]) {
      this.addSql(
        `create trigger "${table}_bumps_catalog_version" after insert or update or delete or truncate on "${table}" for each statement execute function bump_catalog_version();`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "promotion_currency" drop constraint "promotion_currency_promotion_id_foreign";`);

    this.addSql(`alter table "promotion_target" drop constraint "promotion_target_promotion_id_foreign";`);

    this.addSql(`alter table "promotion_buyer_group" drop constraint "promotion_buyer_group_promotion_id_foreign";`);

    this.addSql(`alter table "price_book" drop constraint "price_book_derived_from_id_foreign";`);

    this.addSql(`alter table "price_book_entry" drop constraint "price_book_entry_price_book_id_foreign";`);

    this.addSql(`alter table "buyer_group_price_book" drop constraint "buyer_group_price_book_price_book_id_foreign";`);

    this.addSql(`alter table "entitlement_policy_item" drop constraint "entitlement_policy_item_policy_id_foreign";`);

    this.addSql(`alter table "entitlement_policy_group" drop constraint "entitlement_policy_group_policy_id_foreign";`);

    this.addSql(`alter table "promotion_buyer_group" drop constraint "promotion_buyer_group_buyer_group_id_foreign";`);

    this.addSql(`alter table "entitlement_policy_group" drop constraint "entitlement_policy_group_buyer_group_id_foreign";`);

    this.addSql(`alter table "buyer_group_price_book" drop constraint "buyer_group_price_book_buyer_group_id_foreign";`);

    this.addSql(`alter table "account_buyer_group" drop constraint "account_buyer_group_buyer_group_id_foreign";`);

    this.addSql(`alter table "volume_tier" drop constraint "volume_tier_table_id_foreign";`);

    this.addSql(`alter table "product_stock" drop constraint "product_stock_warehouse_id_foreign";`);

    this.addSql(`create table "product_price" ("id" uuid not null, "product_id" uuid not null, "currency" text not null, "amount" numeric(19,4) not null, constraint "product_price_pkey" primary key ("id"));`);
    this.addSql(`alter table "product_price" add constraint "product_price_product_id_currency_unique" unique ("product_id", "currency");`);

    this.addSql(`alter table "product_price" add constraint "product_price_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`drop table if exists "promotion" cascade;`);

    this.addSql(`drop table if exists "promotion_currency" cascade;`);

    this.addSql(`drop table if exists "price_book" cascade;`);

    this.addSql(`drop table if exists "entitlement_policy" cascade;`);

    this.addSql(`drop table if exists "promotion_target" cascade;`);

    this.addSql(`drop table if exists "product_translation" cascade;`);

    this.addSql(`drop table if exists "product_relation" cascade;`);

    this.addSql(`drop table if exists "product_media" cascade;`);

    this.addSql(`drop table if exists "price_book_entry" cascade;`);

    this.addSql(`drop table if exists "bundle_component" cascade;`);

    this.addSql(`drop table if exists "entitlement_policy_item" cascade;`);

    this.addSql(`drop table if exists "catalog_facet" cascade;`);

    this.addSql(`drop table if exists "buyer_group" cascade;`);

    this.addSql(`drop table if exists "promotion_buyer_group" cascade;`);

    this.addSql(`drop table if exists "entitlement_policy_group" cascade;`);

    this.addSql(`drop table if exists "buyer_group_price_book" cascade;`);

    this.addSql(`drop table if exists "contract_price" cascade;`);

    this.addSql(`drop table if exists "account_buyer_group" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "volume_tier_table" cascade;`);

    this.addSql(`drop table if exists "volume_tier" cascade;`);

    this.addSql(`drop table if exists "warehouse" cascade;`);

    this.addSql(`drop table if exists "product_stock" cascade;`);

    this.addSql(`alter table "category" drop column "name_translations";`);

    this.addSql(`drop index "product_attributes_index";`);
    this.addSql(`drop index "product_name_trgm_index";`);
    this.addSql(`drop index "product_sku_trgm_index";`);
    this.addSql(`drop index "product_search_vector_index";`);
    this.addSql(`alter table "product" drop column "attributes", drop column "min_order_quantity", drop column "max_order_quantity", drop column "order_increment", drop column "bundle_pricing", drop column "search_vector", drop column "updated_at";`);

    this.addSql(`alter table "site" drop column "supported_locales", drop column "pricing_strategy";`);
  }

}
