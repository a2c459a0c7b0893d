import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { createTranslator, type TFunction } from './i18n/translate';

const english = createTranslator(null);

/**
 * A sentence a person can act on, for an unexpected failure of a query or mutation, in the interface
 * language when given its `t` (from `useT()`). A message written by the server is shown as it is.
 */
export function describeError(error: unknown, t: TFunction = english): string {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.['code']);
    if (codes.includes('UNAUTHENTICATED')) return t('Your session has ended. Please sign in again.');
    if (codes.includes('FORBIDDEN')) return t('You do not have access to this.');
    return error.errors[0]?.message ?? t('The server could not answer this request.');
  }
  if (ServerError.is(error)) {
    if ([502, 503, 504].includes(error.statusCode)) {
      return t('We can’t reach the Portway server right now. Please try again in a moment.');
    }
    if (error.statusCode >= 500)
      return t('The Portway server had a problem (HTTP {status}). Please try again.', {
        status: error.statusCode,
      });
    return t('The Portway server refused the request (HTTP {status}).', { status: error.statusCode });
  }
  if (ServerParseError.is(error))
    return t('The Portway server is not answering properly right now. Please try again.');
  if (error instanceof TypeError)
    return t('We can’t reach the Portway server. Check your connection and try again.');
  if (error instanceof Error && error.message) return error.message;
  return t('Something unexpected happened. Please try again.');
}
