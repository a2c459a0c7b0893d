export {
  priceOrder,
  basePrice,
  type LineInput,
  type PriceCandidate,
  type PricedLine,
  type PricedOrder,
  type PriceStep,
  type PriceStrategy,
  type PricingContext,
  type Promotion,
  type TierAdjustment,
  type VolumeTierTable,
} from './domain/price-engine.js';
export { findTier, nextTier, tiersFrom, validateTiers, type Tier, type TierProblem } from './domain/tiers.js';
export { PriceRounding, derivePrice } from './domain/derived-price.js';
export { pricingLoaders } from './pricing.loaders.js';
export { PricingService, MAX_PRICE_LINES, toPriceNode } from './pricing.service.js';
export { PriceInputs } from './price-inputs.js';
export { basePriceJoin } from './base-price-sql.js';
