export { findTier, nextTier, tiersFrom, validateTiers, type Tier, type TierProblem } from './domain/tiers.js';
