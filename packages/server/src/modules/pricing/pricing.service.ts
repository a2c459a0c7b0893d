import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../platform/errors.js';
import { ErrorCode } from '../../platform/graphql-types.js';
import { toGlobalId } from '../../platform/ids.js';
import { Decimal, money } from '../../platform/money.js';
import { CatalogService, checkQuantity, type OrderableProduct, type ProductNode } from '../catalog/index.js';
import type { Viewer } from '../identity/index.js';
import {
  basePrice,
  priceOrder,
  tierUnitPrices,
  type PricedLine,
  type PriceStep,
} from './domain/price-engine.js';
import { basePriceLabel, describeAdjustment, describeStep } from './explain-text.js';
import { PriceInputs } from './price-inputs.js';
import {
  noPriceIn,
  notAvailableToYou,
  priceOnRequest,
  tooManyOnOneLine,
  unknownSku,
} from './price-line-messages.js';
import {
  PriceLineErrorNode,
  type PriceLineInput,
  type PriceLinesResultNode,
  type PricedLineNode,
  type PriceStepKind,
  type PriceTierTableNode,
  type ProductPriceNode,
} from './pricing.types.js';

/** Most lines one dry run prices. */
export const MAX_PRICE_LINES = 2000;
const MAX_QUANTITY = 1_000_000;

const RECORD_TYPE: Record<PriceStep['kind'], string> = {
  LIST: 'PriceBook',
  BOOK: 'PriceBook',
  CONTRACT: 'ContractPrice',
  TIER: 'VolumeTierTable',
  PROMOTION: 'Promotion',
};

/** The viewer's prices: the engine fed with the books, contracts, tiers and promotions that apply. */
export class PricingService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Prices each product at a quantity on its own (as one line). Null where the viewer may not see the
   * price or nothing prices it.
   */
  async priceProducts(
    viewer: Viewer,
    items: ReadonlyArray<{ product: ProductNode; quantity: number }>,
  ): Promise<Array<ProductPriceNode | null>> {
    const visible = items.filter((i) => i.product.access.canSeePrice);
    if (visible.length === 0) return items.map(() => null);
    const catalog = new CatalogService(this.em);
    const inputs = await PriceInputs.load(
      this.em,
      viewer,
      await catalog.scope(viewer),
      visible.map((i) => i.product.dbId),
    );
    const context = inputs.context();
    return items.map((item) => {
      if (!item.product.access.canSeePrice) return null;
      const [line] = priceOrder([inputs.lineInput('0', item.product, item.quantity)], context).lines;
      return line?.ok ? toPriceNode(line, viewer.currency, viewer.locale) : null;
    });
  }

  /** List prices (the site's default book in the viewer's currency), where the viewer may see them. */
  async listPrices(viewer: Viewer, products: readonly ProductNode[]) {
    const visible = products.filter((p) => p.access.canSeePrice);
    if (visible.length === 0) return products.map(() => null);
    const catalog = new CatalogService(this.em);
    const inputs = await PriceInputs.load(
      this.em,
      viewer,
      await catalog.scope(viewer),
      visible.map((p) => p.dbId),
      { listOnly: true },
    );
    return products.map((product) => {
      if (!product.access.canSeePrice) return null;
      const list = inputs.candidates(product.dbId).find((c) => c.kind === 'LIST');
      return list ? money(list.unitPrice, viewer.currency) : null;
    });
  }

  /** Volume tier tables priced from each product's base price for the viewer. */
  async tierTables(
    viewer: Viewer,
    products: readonly ProductNode[],
  ): Promise<Array<PriceTierTableNode | null>> {
    const visible = products.filter((p) => p.access.canSeePrice);
    if (visible.length === 0) return products.map(() => null);
    const catalog = new CatalogService(this.em);
    const inputs = await PriceInputs.load(
      this.em,
      viewer,
      await catalog.scope(viewer),
      visible.map((p) => p.dbId),
    );
    const now = new Date();
    return products.map((product) => {
      if (!product.access.canSeePrice) return null;
      const table = inputs.tierTable(product.dbId);
      const base = basePrice(inputs.candidates(product.dbId), inputs.strategy, now);
      if (!table || !base) return null;
      const tiers = tierUnitPrices(base.unitPrice, table, viewer.currency).map(({ tier, unitPrice }) => ({
        minQuantity: tier.lowerBound.toNumber(),
        maxQuantity: tier.upperBound === null ? null : tier.upperBound.toNumber() - 1,
        unitPrice: money(unitPrice, viewer.currency),
        adjustment: describeAdjustment(tier.value, viewer.locale, viewer.currency),
      }));
      // Quantities below the first tier pay the base price: show them as a row too.
      const first = tiers[0];
      if (first && first.minQuantity > 1) {
        tiers.unshift({
          minQuantity: 1,
          maxQuantity: first.minQuantity - 1,
          unitPrice: money(base.unitPrice, viewer.currency),
          adjustment: basePriceLabel(viewer.locale),
        });
      }
      return { mode: table.mode, tiers };
    });
  }

  /**
   * A dry run of pricing many lines at once, as an order of them would be priced (promotions with a
   * minimum order amount see the whole order). A bad line gets its own error; the others are priced.
   */
  async priceLines(
    viewer: Viewer,
    lines: readonly PriceLineInput[],
    couponCodes: readonly string[] = [],
  ): Promise<PriceLinesResultNode> {
    if (lines.length === 0 || lines.length > MAX_PRICE_LINES) {
      throw new BadUserInputError(`Send between 1 and ${MAX_PRICE_LINES} lines.`);
    }
    if (couponCodes.length > 10 || couponCodes.some((c) => c.length > 50)) {
      throw new BadUserInputError('Send at most 10 coupon codes of up to 50 characters.');
    }
    const skus = lines.map((l) => l.sku.trim());
    if (skus.some((s) => s.length > 100 || s.includes('\u0000'))) {
      throw new BadUserInputError('A SKU is limited to 100 characters.');
    }
    const catalog = new CatalogService(this.em);
    const products = await catalog.orderablesBySkus(viewer, [...new Set(skus.filter(Boolean))]);
    const bySku = new Map(products.map((p) => [p.sku, p]));
    const results: Array<PricedLineNode | PriceLineErrorNode> = [];
    const toPrice: Array<{ index: number; product: OrderableProduct; quantity: number }> = [];
    lines.forEach((line, index) => {
      const sku = skus[index]!;
      const product = bySku.get(sku);
      const error = (code: ErrorCode, message: string, suggestion: number | null = null) =>
        (results[index] = new PriceLineErrorNode(index, sku, line.quantity, code, message, suggestion));
      if (!product) return error(ErrorCode.UNKNOWN_SKU, unknownSku(sku, viewer.locale));
      if (!product.access.canBuy)
        return error(ErrorCode.NOT_ENTITLED, product.access.reason ?? notAvailableToYou(viewer.locale));
      if (line.quantity > MAX_QUANTITY) {
        return error(ErrorCode.QUANTITY_RULE, tooManyOnOneLine(MAX_QUANTITY, viewer.locale));
      }
      const problem = checkQuantity(product.rules, line.quantity, viewer.locale);
      if (problem) return error(ErrorCode.QUANTITY_RULE, problem.message, problem.suggestion);
      if (!product.access.canSeePrice) {
        return error(ErrorCode.PRICE_ON_REQUEST, priceOnRequest(viewer.locale));
      }
      toPrice.push({ index, product, quantity: line.quantity });
    });

    let subtotal = new Decimal(0);
    let savings = new Decimal(0);
    if (toPrice.length) {
      const inputs = await PriceInputs.load(
        this.em,
        viewer,
        await catalog.scope(viewer),
        toPrice.map((l) => l.product.dbId),
      );
      const cleanedCoupons = couponCodes.map((c) => c.trim()).filter(Boolean);
      const priced = priceOrder(
        toPrice.map((l) => inputs.lineInput(String(l.index), l.product, l.quantity)),
        inputs.context(cleanedCoupons),
      );
      subtotal = priced.subtotal;
      savings = priced.savings;
      priced.lines.forEach((line, i) => {
        const { index, product, quantity } = toPrice[i]!;
        if (line.ok) {
          results[index] = {
            index,
            sku: product.sku,
            productDbId: product.dbId,
            price: toPriceNode(line, viewer.currency, viewer.locale),
          };
        } else {
          results[index] = new PriceLineErrorNode(
            index,
            product.sku,
            quantity,
            line.code === 'NO_PRICE' ? ErrorCode.NO_PRICE : ErrorCode.QUANTITY_RULE,
            line.code === 'NO_PRICE' ? noPriceIn(viewer.currency, viewer.locale) : line.message,
          );
        }
      });
    }
    const pricedCount = results.filter((r) => 'price' in r).length;
    return {
      currency: viewer.currency,
      lines: results,
      subtotal: money(subtotal, viewer.currency),
      savings: money(savings, viewer.currency),
      pricedCount,
      errorCount: results.length - pricedCount,
    };
  }
}

export function toPriceNode(
  line: Extract<PricedLine, { ok: true }>,
  currency: string,
  locale: string,
): ProductPriceNode {
  return {
    quantity: line.quantity,
    listUnitPrice: money(line.listUnitPrice, currency),
    unitPrice: money(line.unitPrice, currency),
    lineTotal: money(line.lineTotal, currency),
    savings: money(line.savings, currency),
    // The record id and the note are worked out only when read (a field asked for, or the step stored
    // on an order): a dry run of 2,000 lines that asks for neither skips them.
    steps: line.steps.map((step) => ({
      kind: step.kind as PriceStepKind,
      get recordId() {
        return toGlobalId(RECORD_TYPE[step.kind], step.recordId);
      },
      label: step.label,
      get note() {
        return describeStep(step.detail, locale, currency);
      },
      unitPrice: money(step.unitPrice, currency),
    })),
  };
}
