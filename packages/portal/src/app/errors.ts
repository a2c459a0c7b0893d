import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** A sentence a person can act on, for an unexpected failure of a query or mutation. */
export function describeError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.['code']);
    if (codes.includes('UNAUTHENTICATED')) return 'Your session has ended. Please sign in again.';
    if (codes.includes('FORBIDDEN')) return 'You do not have access to this.';
    return error.errors[0]?.message ?? 'The server could not answer this request.';
  }
  if (ServerError.is(error)) {
    if ([502, 503, 504].includes(error.statusCode)) {
      return 'We can’t reach the Portway server right now. Please try again in a moment.';
    }
    if (error.statusCode >= 500)
      return `The Portway server had a problem (HTTP ${error.statusCode}). Please try again.`;
    return `The Portway server refused the request (HTTP ${error.statusCode}).`;
  }
  if (ServerParseError.is(error))
    return 'The Portway server is not answering properly right now. Please try again.';
  if (error instanceof TypeError)
    return 'We can’t reach the Portway server. Check your connection and try again.';
  if (error instanceof Error && error.message) return error.message;
  return 'Something unexpected happened. Please try again.';
}
