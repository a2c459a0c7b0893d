/**
 * Abstract types of the schema and their members, so the cache can match fragments on unions and
 * interfaces. Kept in step with schema.graphql by possible-types.test.ts.
 */
export const possibleTypes: Record<string, string[]> = {
  SignInResult: ['InvalidCredentials', 'SignInSuccess', 'SignInThrottled'],
  SwitchAccountResult: ['AccountNotAccessible', 'SwitchAccountSuccess'],
  UserError: ['AccountNotAccessible', 'InvalidCredentials', 'SignInThrottled'],
};
