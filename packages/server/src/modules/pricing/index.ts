export {
  priceOrder,
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
