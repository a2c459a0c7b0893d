import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { possibleTypes } from './possible-types';

/** The portal's Apollo client: same-origin `/graphql`, session in an httpOnly cookie. */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      possibleTypes,
      typePolicies: {
        // The viewer has no id: keep one per session under the root query.
        Query: { fields: { viewer: { merge: true } } },
        Viewer: { keyFields: false, merge: true },
        Money: { keyFields: false },
        AccountSummary: { keyFields: false, merge: true },
        SiteTheme: { keyFields: false, merge: true },
        // Values without an id of their own, read in different shapes by cards and pages: merge, don't replace.
        Availability: { keyFields: false, merge: true },
        ProductEntitlement: { keyFields: false, merge: true },
        ProductPrice: { keyFields: false, merge: true },
        PurchaseRules: { keyFields: false, merge: true },
        PriceTierTable: { keyFields: false, merge: true },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
