import type { ApolloCache } from '@apollo/client';

/** Lists of cases change with any opened or changed case: drop them so every list asks again. */
export function forgetCaseLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'serviceCases' });
  cache.gc();
}
