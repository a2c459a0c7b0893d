import { GraphQLError } from 'graphql';

/**
 * Unexpected or protocol-level failures, thrown and mapped once to `extensions.code`.
 * Expected business outcomes are not errors: they are members of a result union in the schema.
 */
export class BadUserInputError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in to use this.') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You may not do this.') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

/** Codes whose messages are written for clients; any other error is masked in production. */
export const CLIENT_SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

/** Free text from a client (search, SKU): trimmed, bounded, and without characters PostgreSQL refuses. */
export function cleanText(value: string, field: string, maxLength = 200): string {
  const text = value.trim();
  if (text.length > maxLength) throw new BadUserInputError(`${field} is limited to ${maxLength} characters.`);
  if (text.includes('\u0000'))
    throw new BadUserInputError(`${field} contains a character that is not allowed.`);
  return text;
}
