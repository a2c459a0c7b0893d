/**
 * Abstract types of the schema and their members, so the cache can match fragments on unions and
 * interfaces. Kept in step with schema.graphql by possible-types.test.ts.
 */
export const possibleTypes: Record<string, string[]> = {
  PriceLineResult: ['PriceLineError', 'PricedLine'],
  SavePriceBookResult: ['PriceBookSaved', 'StaleEdit', 'ValidationFailed'],
  SavePromotionResult: ['PromotionSaved', 'StaleEdit', 'ValidationFailed'],
  SaveVolumeTiersResult: ['StaleEdit', 'ValidationFailed', 'VolumeTiersSaved'],
  SetPriceBookEntryResult: ['PriceBookEntrySaved', 'ValidationFailed'],
  SignInResult: ['InvalidCredentials', 'SignInSuccess', 'SignInThrottled'],
  SwitchAccountResult: ['AccountNotAccessible', 'SwitchAccountSuccess'],
  UserError: [
    'AccountNotAccessible',
    'InvalidCredentials',
    'PriceLineError',
    'SignInThrottled',
    'StaleEdit',
    'ValidationFailed',
  ],
};
