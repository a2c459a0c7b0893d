import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../platform/db/sql.js';
import type { Sql } from '../../platform/db/transaction.js';
import { ErrorCode } from '../../platform/graphql-types.js';
import { toGlobalId } from '../../platform/ids.js';
import { Decimal, money, sumAmounts, toDecimal } from '../../platform/money.js';
import { CatalogService, checkQuantity, localized, type ProductNode } from '../catalog/index.js';
import type { Viewer } from '../identity/index.js';
import { PriceInputs, priceOrder, toPriceNode, type PricedLine, type Promotion } from '../pricing/index.js';
import { cartContents, today, type CartOfferRow, type CartRow } from './cart-store.js';
import type { CartLineNode, CartNode, DeliveryGroupNode } from './cart.types.js';
import { creditStanding } from './credit.service.js';
import {
  cartEmpty,
  cartLineProblem,
  lineBlocker,
  offerDescription,
  offerPromotionName,
  pricingRefusal,
  someCategory,
  unavailableLineName,
} from './domain/cart-messages.js';
import { amountText } from './domain/checkout-messages.js';
import { paymentChoice } from './domain/credit.js';
import { checkDelivery, deliveryTotals, earliestDelivery } from './domain/delivery.js';

/** A cart priced line by line with the engine, with its delivery groups, totals and payment options. */
export interface PricedCart {
  node: CartNode;
  /** Engine output per cart line id (priced lines only), for placing the order. */
  priced: Map<string, Extract<PricedLine, { ok: true }>>;
  products: Map<string, ProductNode>;
  addresses: Map<string, AddressRow>;
  /** Terms an offer extended, if any. */
  termsDays: number | null;
  offerSummary: string | null;
}

export interface AddressRow {
  id: string;
  label: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string;
  postal_code: string;
  country: string;
}

/**
 * Category discounts a seller applied, as promotions the engine applies after the others; named in the
 * viewer's language (the name is the label of the price step).
 */
function offerPromotions(
  offers: readonly CartOfferRow[],
  categoryName: (id: string) => string,
  locale: string,
): Promotion[] {
  return offers
    .filter((o) => o.kind === 'CATEGORY_DISCOUNT' && o.category_id && o.percent)
    .map((o) => ({
      id: o.id,
      name: offerPromotionName(o.applied_by, toDecimal(o.percent!), categoryName(o.category_id!), locale),
      productIds: [],
      categoryIds: [o.category_id!],
      discount: { kind: 'PERCENT' as const, percent: toDecimal(o.percent!) },
      buyerGroupIds: [],
      stacking: 'STACKABLE' as const,
      priority: 1000,
    }));
}

/** An offer in words, in `locale`'s language (English by default). */
export function describeOffer(
  offer: CartOfferRow,
  categoryName: (id: string) => string,
  locale = 'en-US',
): string {
  return offerDescription(
    offer.kind === 'TERMS'
      ? { kind: 'TERMS', termsDays: offer.terms_days }
      : { kind: 'CATEGORY_DISCOUNT', percent: toDecimal(offer.percent ?? '0') },
    offer.kind === 'TERMS' ? '' : categoryName(offer.category_id ?? ''),
    locale,
  );
}

/**
 * `em` reads the catalog and prices (reference data, on its own connection); `run` reads the cart,
 * addresses and credit — inside the caller's transaction when it has one, so a locked cart is read as
 * it is in that transaction.
 */
export async function priceCart(
  em: EntityManager,
  run: Sql,
  viewer: Viewer,
  cart: CartRow,
): Promise<PricedCart> {
  const { lines, groups, offers } = await cartContents(run, cart.id);
  const catalog = new CatalogService(em);
  const productIds = [...new Set(lines.map((l) => l.product_id))];
  const [products, addresses, reference, scope, credit] = await Promise.all([
    productIds.length ? catalog.productsByIds(viewer, productIds) : Promise.resolve([]),
    run<AddressRow>(
      'SELECT id, label, line1, line2, city, region, postal_code, country FROM address WHERE account_id = ? ORDER BY label',
      [cart.account_id],
    ),
    catalog.reference(viewer),
    catalog.scope(viewer),
    creditStanding(run, cart.account_id),
  ]);
  const productById = new Map(products.map((p) => [p.dbId, p]));
  const addressById = new Map(addresses.map((a) => [a.id, a]));
  const categoryName = (id: string) => {
    const c = reference.categoryById.get(id);
    return c ? localized(c.name, c.nameTranslations, viewer.locale) : someCategory(viewer.locale);
  };

  const locale = viewer.locale;
  // Which lines can be priced; the others get a problem.
  const problems = new Map<string, { code: ErrorCode; message: string }>();
  const toPrice = lines.filter((line) => {
    const product = productById.get(line.product_id);
    const problem = (code: ErrorCode, message: string) => (problems.set(line.id, { code, message }), false);
    if (!product) return problem(ErrorCode.UNKNOWN_SKU, cartLineProblem('NO_LONGER_AVAILABLE', locale));
    // The reason an entitlement policy gives is the seller's own text, shown as written.
    if (!product.access.canBuy)
      return problem(
        ErrorCode.NOT_ENTITLED,
        product.access.reason ?? cartLineProblem('NOT_AVAILABLE_TO_ORDER', locale),
      );
    const rule = checkQuantity(product.rules, line.quantity, locale);
    if (rule) return problem(ErrorCode.QUANTITY_RULE, rule.message);
    if (!product.access.canSeePrice)
      return problem(ErrorCode.PRICE_ON_REQUEST, cartLineProblem('PRICE_ON_REQUEST', locale));
    return true;
  });
  const [inputs, availability] = await Promise.all([
    PriceInputs.load(
      em,
      viewer,
      scope,
      toPrice.map((l) => l.product_id),
    ),
    productIds.length
      ? run<{ product_id: string; on_hand: string; next_receipt: string | null }>(
          `SELECT product_id, sum(greatest(on_hand, 0))::text AS on_hand, to_char(min(next_receipt_date), 'YYYY-MM-DD') AS next_receipt
             FROM product_stock WHERE product_id = ANY(?::uuid[]) GROUP BY product_id`,
          [sqlArray(productIds)],
        )
      : Promise.resolve([]),
  ]);
  const extra = offerPromotions(offers, categoryName, locale);
  const context = inputs.context(cart.coupon_codes);
  const pricedOrder = priceOrder(
    toPrice.map((l) => inputs.lineInput(l.id, productById.get(l.product_id)!, l.quantity)),
    { ...context, promotions: [...context.promotions, ...extra] },
  );
  const priced = new Map<string, Extract<PricedLine, { ok: true }>>();
  for (const line of pricedOrder.lines) {
    if (line.ok) priced.set(line.lineId, line);
    else
      problems.set(line.lineId, {
        code: line.code === 'NO_PRICE' ? ErrorCode.NO_PRICE : ErrorCode.QUANTITY_RULE,
        message: pricingRefusal(line.code, line.message, viewer.currency, locale),
      });
  }
  const stock = new Map(availability.map((a) => [a.product_id, a]));

  const currency = viewer.currency;
  const lineNodes: CartLineNode[] = lines.map((line) => {
    const product = productById.get(line.product_id) ?? null;
    const pricedLine = priced.get(line.id);
    const level = stock.get(line.product_id);
    return {
      dbId: line.id,
      id: toGlobalId('CartLine', line.id),
      sku: product?.sku ?? '',
      name: product?.name ?? unavailableLineName(locale),
      product,
      quantity: line.quantity,
      deliveryGroupId: line.delivery_group_id ? toGlobalId('DeliveryGroup', line.delivery_group_id) : null,
      price: pricedLine ? toPriceNode(pricedLine, currency, viewer.locale) : null,
      problem: problems.get(line.id) ?? null,
      backorderedUntil:
        level && toDecimal(level.on_hand).lessThan(line.quantity) ? (level.next_receipt ?? '') || null : null,
    };
  });

  const totals = deliveryTotals(
    groups.map((g) => {
      const address = g.address_id ? addressById.get(g.address_id) : undefined;
      return {
        groupId: g.id,
        method: g.shipping_method,
        country: address?.country ?? 'US',
        region: address?.region ?? '',
        lineTotals: lines
          .filter((l) => l.delivery_group_id === g.id && priced.has(l.id))
          .map((l) => priced.get(l.id)!.lineTotal),
      };
    }),
    currency,
  );
  // Priced lines outside any group still count in the subtotal (they block placing the order).
  const ungrouped = sumAmounts(
    lines.filter((l) => !l.delivery_group_id && priced.has(l.id)).map((l) => priced.get(l.id)!.lineTotal),
  );
  const subtotal = totals.subtotal.plus(ungrouped);
  const total = totals.total.plus(ungrouped);
  const savings = sumAmounts([...priced.values()].map((l) => l.savings));

  const groupNodes: DeliveryGroupNode[] = groups.map((g, i) => {
    const address = g.address_id ? addressById.get(g.address_id) : undefined;
    const t = totals.groups[i]!;
    return {
      id: toGlobalId('DeliveryGroup', g.id),
      address: address
        ? { id: toGlobalId('Address', address.id), label: address.label, text: addressText(address) }
        : null,
      desiredDate: g.desired_date,
      earliestDate: earliestDelivery(today(), g.shipping_method),
      shippingMethod: g.shipping_method,
      subtotal: money(t.subtotal, currency),
      shipping: money(t.shipping, currency),
      tax: money(t.tax, currency),
      lineCount: lines.filter((l) => l.delivery_group_id === g.id).length,
    };
  });

  const terms = offers.filter((o) => o.kind === 'TERMS').at(-1)?.terms_days ?? null;
  const format = (amount: Decimal) => amountText(amount, currency, locale);
  const choice = paymentChoice(credit.account, credit.exposure, total, format, terms, locale);
  const blockers = [
    ...(lines.length === 0 ? [cartEmpty(locale)] : []),
    ...[...problems.entries()].map(([lineId, p]) => {
      const node = lineNodes.find((l) => l.dbId === lineId);
      return lineBlocker(node?.sku ?? '', p.message, locale);
    }),
    ...checkDelivery(
      groups.map((g) => ({
        id: g.id,
        addressId: g.address_id,
        desiredDate: g.desired_date,
        method: g.shipping_method,
      })),
      lines.map((l) => ({ lineId: l.id, groupId: l.delivery_group_id, quantity: l.quantity })),
      new Set(addresses.map((a) => a.id)),
      today(),
      locale,
    ).map((p) => p.message),
  ];
  const offerNodes = offers.map((o) => ({
    id: toGlobalId('CartOffer', o.id),
    kind: o.kind,
    description: describeOffer(o, categoryName, locale),
    termsDays: o.terms_days,
    percent: o.percent === null ? null : toDecimal(o.percent).toString(),
    categoryId: o.category_id ? toGlobalId('Category', o.category_id) : null,
    reason: o.reason,
    appliedBy: o.applied_by,
    appliedAt: new Date(o.applied_at),
  }));

  return {
    priced,
    products: productById,
    addresses: addressById,
    termsDays: terms,
    // Stored on the order, which the buyer and the seller's people read alike: kept in English.
    offerSummary: offers.length
      ? offers.map((o) => `${describeOffer(o, categoryName)} (by ${o.applied_by}: ${o.reason})`).join('; ')
      : null,
    node: {
      dbId: cart.id,
      id: toGlobalId('Cart', cart.id),
      name: cart.name,
      status: cart.status,
      owner: {
        name: cart.owner_name,
        sellerSide: cart.owner_seller_side,
        isViewer: cart.owner_id === viewer.userId,
      },
      currency,
      lines: lineNodes,
      deliveryGroups: groupNodes,
      offers: offerNodes,
      couponCodes: cart.coupon_codes,
      totals: {
        subtotal: money(subtotal, currency),
        discounts: money(savings, currency),
        shipping: money(totals.shipping, currency),
        tax: money(totals.tax, currency),
        total: money(total, currency),
      },
      paymentOptions: {
        purchaseOrder: choice.purchaseOrder.allowed
          ? { allowed: true, termsDays: choice.purchaseOrder.termsDays, reason: null }
          : { allowed: false, termsDays: null, reason: choice.purchaseOrder.reason },
        card: true,
        availableCredit: choice.available === null ? null : money(Decimal.max(choice.available, 0), currency),
      },
      blockers,
      version: cart.version,
      updatedAt: new Date(cart.updated_at),
    },
  };
}

export function addressText(a: AddressRow): string {
  return [a.line1, a.line2, `${a.city}, ${a.region} ${a.postal_code}`, a.country].filter(Boolean).join(', ');
}
