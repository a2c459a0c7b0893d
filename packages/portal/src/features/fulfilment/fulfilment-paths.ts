import type { FulfilmentStage } from '../../gql/graphql';

/** The queue's stage in the URL (`?stage=in-transit`); goods to ship, the default, leave it out. */
const STAGE_PARAMS: Record<FulfilmentStage, string | null> = { TO_SHIP: null, IN_TRANSIT: 'in-transit' };

/** The stage a `stage` search parameter names; anything else is the default, goods to ship. */
export function stageFromParam(value: string | null): FulfilmentStage {
  return value === STAGE_PARAMS.IN_TRANSIT ? 'IN_TRANSIT' : 'TO_SHIP';
}

/** The `stage` search parameter of a stage, or null for the default. */
export function stageParam(stage: FulfilmentStage): string | null {
  return STAGE_PARAMS[stage];
}

/** The seller's queue: orders to ship, or (stage IN_TRANSIT) shipped orders waiting to be confirmed delivered. */
export function fulfilmentPath(siteCode: string, stage: FulfilmentStage = 'TO_SHIP'): string {
  const param = stageParam(stage);
  return `/${siteCode}/admin/fulfilment${param ? `?stage=${param}` : ''}`;
}

/** Shipping one order, or confirming its delivery, by its number (the queue is searched for it). */
export function fulfilOrderPath(siteCode: string, orderNumber: string): string {
  return `/${siteCode}/admin/fulfilment/${encodeURIComponent(orderNumber)}`;
}
