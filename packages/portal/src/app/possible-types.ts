/**
 * Abstract types of the schema and their members, so the cache can match fragments on unions and
 * interfaces. Written by scripts/possible-types.mjs (part of `pnpm codegen`) from schema.graphql.
 */
export const possibleTypes: Record<string, string[]> = {
  AddLinesResult: ['CartChanged', 'LinesAdded', 'ValidationFailed'],
  CartChangeResult: ['CartChanged', 'CartUpdated', 'ValidationFailed'],
  CreateShipmentResult: ['InvalidTransition', 'ShipmentCreated', 'ValidationFailed'],
  OrderChangeResult: ['InvalidTransition', 'OrderChanged', 'ValidationFailed'],
  PlaceOrderResult: [
    'CartNotReady',
    'CreditLimitExceeded',
    'OrderPlaced',
    'PaymentDeclined',
    'PaymentFailed',
    'PriceChanged',
    'ValidationFailed',
  ],
  PriceLineResult: ['PriceLineError', 'PricedLine'],
  SavePriceBookResult: ['PriceBookSaved', 'StaleEdit', 'ValidationFailed'],
  SavePromotionResult: ['PromotionSaved', 'StaleEdit', 'ValidationFailed'],
  SaveVolumeTiersResult: ['StaleEdit', 'ValidationFailed', 'VolumeTiersSaved'],
  SetOrderLimitResult: ['OrderLimitSet', 'ValidationFailed'],
  SetPriceBookEntryResult: ['PriceBookEntrySaved', 'ValidationFailed'],
  SignInResult: ['InvalidCredentials', 'SignInSuccess', 'SignInThrottled'],
  SwitchAccountResult: ['AccountNotAccessible', 'SwitchAccountSuccess'],
  UserError: [
    'AccountNotAccessible',
    'CartChanged',
    'CartNotReady',
    'CreditLimitExceeded',
    'InvalidCredentials',
    'InvalidTransition',
    'PaymentDeclined',
    'PaymentFailed',
    'PriceChanged',
    'PriceLineError',
    'SignInThrottled',
    'StaleEdit',
    'ValidationFailed',
  ],
  WishlistResult: ['ValidationFailed', 'WishlistSaved'],
};
