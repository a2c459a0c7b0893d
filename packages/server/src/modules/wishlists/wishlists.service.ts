import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/db/sql.js';
import { inTransaction, type Sql } from '../../platform/db/transaction.js';
import { BadUserInputError, cleanText } from '../../platform/errors.js';
import { ValidationFailed } from '../../platform/graphql-types.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { CatalogService } from '../catalog/index.js';
import { CartService } from '../checkout/cart.service.js';
import type { Viewer } from '../identity/index.js';
import { wishlistLimit, wishlistRefusal, type WishlistRefusal } from './wishlist-messages.js';
import { WishlistSavedNode, type WishlistNode } from './wishlist.types.js';

const MAX_LISTS = 100;
const MAX_ITEMS = 1000;
const MAX_QUANTITY = 1_000_000;

interface ListRow {
  id: string;
  name: string;
  updated_at: string;
}

interface ItemRow {
  id: string;
  wishlist_id: string;
  product_id: string;
  quantity: number;
  added_at: string;
}

type Change = WishlistSavedNode | ValidationFailed;

class Refused extends Error {
  constructor(readonly result: ValidationFailed) {
    super(result.message);
  }
}

/** A refused change, in the viewer's language. */
function refused(viewer: Viewer, field: string, refusal: WishlistRefusal): ValidationFailed {
  return new ValidationFailed([{ field, message: wishlistRefusal(refusal, viewer.locale) }]);
}

/**
 * Wishlists of the effective account, shared by everyone acting for it. Items show only products the
 * viewer may see; adding a list to a cart goes through the cart's own checks.
 */
export class WishlistsService {
  constructor(private readonly em: EntityManager) {}

  async lists(viewer: Viewer): Promise<WishlistNode[]> {
    const accountId = viewer.effectiveAccountId;
    if (!accountId) return [];
    const lists = await this.em.getConnection().execute<ListRow[]>(
      `SELECT w.id, w.name, w.updated_at FROM wishlist w JOIN account a ON a.id = w.account_id
          WHERE w.account_id = ? AND a.site_id = ? ORDER BY lower(w.name), w.id LIMIT ${MAX_LISTS}`,
      [accountId, viewer.siteId],
    );
    return this.withItems(viewer, lists);
  }

  create(viewer: Viewer, name: string): Promise<Change> {
    const problem = this.checkName(viewer, name);
    if (problem) return Promise.resolve(problem);
    const accountId = this.requireAccount(viewer);
    return this.run(viewer, async (sql) => {
      const [{ count }] = (await sql<{ count: string }>(
        'SELECT count(*) FROM wishlist WHERE account_id = ?',
        [accountId],
      )) as [{ count: string }];
      if (Number(count) >= MAX_LISTS)
        return this.refuse('name', wishlistLimit('LISTS', MAX_LISTS, viewer.locale));
      const [row] = await sql<{ id: string }>(
        `INSERT INTO wishlist (id, account_id, name, created_by_id, created_at, updated_at)
         VALUES (gen_random_uuid(), ?, ?, ?, now(), now()) ON CONFLICT (account_id, name) DO NOTHING RETURNING id`,
        [accountId, name.trim(), viewer.userId],
      );
      if (!row) return this.refuse('name', wishlistRefusal('NAME_TAKEN', viewer.locale));
      return row.id;
    });
  }

  rename(viewer: Viewer, wishlistId: string, name: string): Promise<Change> {
    const problem = this.checkName(viewer, name);
    if (problem) return Promise.resolve(problem);
    return this.change(viewer, wishlistId, async (sql, id) => {
      const [clash] = await sql('SELECT 1 FROM wishlist WHERE account_id = ? AND name = ? AND id <> ?', [
        viewer.effectiveAccountId,
        name.trim(),
        id,
      ]);
      if (clash) return this.refuse('name', wishlistRefusal('NAME_TAKEN', viewer.locale));
      await sql('UPDATE wishlist SET name = ? WHERE id = ?', [name.trim(), id]);
    });
  }

  async remove(viewer: Viewer, wishlistId: string): Promise<boolean> {
    const id = fromGlobalId('Wishlist', wishlistId);
    if (!id || !viewer.effectiveAccountId) return false;
    const deleted = await this.em
      .getConnection()
      .execute<Array<{ id: string }>>(
        `DELETE FROM wishlist w USING account a WHERE w.id = ? AND w.account_id = ? AND a.id = w.account_id AND a.site_id = ? RETURNING w.id`,
        [id, viewer.effectiveAccountId, viewer.siteId],
      );
    return deleted.length > 0;
  }

  async addItem(viewer: Viewer, wishlistId: string, sku: string, quantity: number): Promise<Change> {
    const clean = cleanText(sku, 'SKU', 100);
    if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY)
      return refused(viewer, 'quantity', 'QUANTITY_RANGE');
    const [product] = clean ? await new CatalogService(this.em).productsBySkus(viewer, [clean]) : [];
    if (!product) return refused(viewer, 'sku', 'NO_SUCH_SKU');
    return this.change(viewer, wishlistId, async (sql, id) => {
      const [{ count }] = (await sql<{ count: string }>(
        'SELECT count(*) FROM wishlist_item WHERE wishlist_id = ?',
        [id],
      )) as [{ count: string }];
      if (Number(count) >= MAX_ITEMS)
        return this.refuse('sku', wishlistLimit('ITEMS', MAX_ITEMS, viewer.locale));
      await sql(
        `INSERT INTO wishlist_item (id, wishlist_id, product_id, quantity, added_at)
         VALUES (gen_random_uuid(), ?, ?, ?, now())
         ON CONFLICT (wishlist_id, product_id) DO UPDATE SET quantity = LEAST(wishlist_item.quantity + excluded.quantity, ?)`,
        [id, product.dbId, quantity, MAX_QUANTITY],
      );
    });
  }

  /**
   * Sets how many of an item the list keeps, replacing its quantity (adding a product adds to it). An item
   * of another list, or of another account's list, is not found; nothing changes then.
   */
  setItemQuantity(viewer: Viewer, wishlistId: string, itemId: string, quantity: number): Promise<Change> {
    if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY)
      return Promise.resolve(refused(viewer, 'quantity', 'QUANTITY_RANGE'));
    const id = fromGlobalId('WishlistItem', itemId);
    return this.change(viewer, wishlistId, async (sql, listId) => {
      const updated = id
        ? await sql('UPDATE wishlist_item SET quantity = ? WHERE id = ? AND wishlist_id = ? RETURNING id', [
            quantity,
            id,
            listId,
          ])
        : [];
      if (!updated.length) return this.refuse('itemId', wishlistRefusal('NO_SUCH_ITEM', viewer.locale));
    });
  }

  removeItems(viewer: Viewer, wishlistId: string, itemIds: readonly string[]): Promise<Change> {
    const ids = this.itemIds(viewer, itemIds);
    return this.change(viewer, wishlistId, async (sql, id) => {
      await sql('DELETE FROM wishlist_item WHERE wishlist_id = ? AND id = ANY(?::uuid[])', [
        id,
        sqlArray(ids),
      ]);
    });
  }

  /** Puts the list's items (or the chosen ones) into a cart: the cart says which could not be added. */
  async addToCart(
    viewer: Viewer,
    wishlistId: string,
    itemIds: readonly string[] | null,
    cartId: string | null,
  ) {
    const id = await this.findList(viewer, wishlistId);
    if (!id) return refused(viewer, 'wishlistId', 'NO_SUCH_LIST');
    const chosen = itemIds ? this.itemIds(viewer, itemIds) : null;
    const items = await this.em.getConnection().execute<Array<{ sku: string; quantity: number }>>(
      `SELECT p.sku, i.quantity FROM wishlist_item i JOIN product p ON p.id = i.product_id
        WHERE i.wishlist_id = ? ${chosen ? 'AND i.id = ANY(?::uuid[])' : ''} ORDER BY i.added_at, i.id`,
      chosen ? [id, sqlArray(chosen)] : [id],
    );
    if (!items.length) return refused(viewer, 'itemIds', 'NOTHING_TO_ADD');
    return new CartService(this.em).addLines(
      viewer,
      cartId,
      items.map((item, i) => ({ line: i + 1, sku: item.sku, quantity: item.quantity })),
    );
  }

  private itemIds(viewer: Viewer, itemIds: readonly string[]): string[] {
    if (itemIds.length > MAX_ITEMS)
      throw new BadUserInputError(wishlistLimit('ITEM_IDS', MAX_ITEMS, viewer.locale));
    const ids = itemIds.map((i) => fromGlobalId('WishlistItem', i));
    if (ids.some((i) => i === null))
      throw new BadUserInputError(wishlistRefusal('INVALID_ITEM_ID', viewer.locale));
    return ids as string[];
  }

  private checkName(viewer: Viewer, name: string): ValidationFailed | null {
    const text = name.trim();
    if (!text) return refused(viewer, 'name', 'NAME_MISSING');
    if (text.length > 100 || text.includes('\u0000')) return refused(viewer, 'name', 'NAME_TOO_LONG');
    return null;
  }

  private requireAccount(viewer: Viewer): string {
    if (!viewer.effectiveAccountId)
      throw new BadUserInputError(wishlistRefusal('CHOOSE_ACCOUNT', viewer.locale));
    return viewer.effectiveAccountId;
  }

  private refuse(field: string, message: string): never {
    throw new Refused(new ValidationFailed([{ field, message }]));
  }

  /** A list of the effective account on the viewer's site, by its opaque ID (locked in a transaction). */
  private async findList(viewer: Viewer, wishlistId: string, sql?: Sql): Promise<string | null> {
    const id = fromGlobalId('Wishlist', wishlistId);
    if (!id || !viewer.effectiveAccountId) return null;
    const query = `SELECT w.id FROM wishlist w JOIN account a ON a.id = w.account_id
                    WHERE w.id = ? AND w.account_id = ? AND a.site_id = ?${sql ? ' FOR UPDATE OF w' : ''}`;
    const params = [id, viewer.effectiveAccountId, viewer.siteId];
    const [row] = sql
      ? await sql<{ id: string }>(query, params)
      : await this.em.getConnection().execute<Array<{ id: string }>>(query, params);
    return row?.id ?? null;
  }

  /** One change to an existing list, in one transaction with the list locked; its time is bumped. */
  private change(
    viewer: Viewer,
    wishlistId: string,
    work: (sql: Sql, id: string) => Promise<unknown>,
  ): Promise<Change> {
    return this.run(viewer, async (sql) => {
      const id = await this.findList(viewer, wishlistId, sql);
      if (!id) return this.refuse('wishlistId', wishlistRefusal('NO_SUCH_LIST', viewer.locale));
      await work(sql, id);
      await sql('UPDATE wishlist SET updated_at = now() WHERE id = ?', [id]);
      return id;
    });
  }

  private async run(viewer: Viewer, work: (sql: Sql) => Promise<string>): Promise<Change> {
    try {
      const id = await inTransaction(this.em, work);
      const [list] = await this.withItems(
        viewer,
        await this.em
          .getConnection()
          .execute<ListRow[]>('SELECT id, name, updated_at FROM wishlist WHERE id = ?', [id]),
      );
      return Object.assign(new WishlistSavedNode(), { wishlist: list! });
    } catch (error) {
      if (error instanceof Refused) return error.result;
      throw error;
    }
  }

  /** The lists with their items whose products the viewer may see (two statements for any number). */
  private async withItems(viewer: Viewer, lists: ListRow[]): Promise<WishlistNode[]> {
    if (!lists.length) return [];
    const items = await this.em.getConnection().execute<ItemRow[]>(
      `SELECT id, wishlist_id, product_id, quantity, added_at FROM wishlist_item
          WHERE wishlist_id = ANY(?::uuid[]) ORDER BY added_at, id`,
      [sqlArray(lists.map((l) => l.id))],
    );
    const products = items.length
      ? await new CatalogService(this.em).productsByIds(viewer, [...new Set(items.map((i) => i.product_id))])
      : [];
    const byId = new Map(products.map((p) => [p.dbId, p]));
    return lists.map((list) => ({
      dbId: list.id,
      id: toGlobalId('Wishlist', list.id),
      name: list.name,
      updatedAt: new Date(list.updated_at),
      items: items
        .filter((i) => i.wishlist_id === list.id && byId.has(i.product_id))
        .map((i) => ({
          id: toGlobalId('WishlistItem', i.id),
          product: byId.get(i.product_id)!,
          quantity: i.quantity,
          addedAt: new Date(i.added_at),
        })),
    }));
  }
}
