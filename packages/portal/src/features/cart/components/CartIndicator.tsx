import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { cartPath } from '../cart-paths';
import { useWorkingCartId } from '../hooks/working-cart';
import { CartLink } from './CartLink';

// The carts list is cheap to read (counts only, no pricing), unlike the cart itself.
const CartIndicatorQuery = graphql(`
  query CartIndicator {
    carts {
      id
      status
      lineCount
      owner {
        name
        sellerSide
        isViewer
      }
    }
  }
`);

/** The header's cart link with the number of lines of the cart being worked on (lazy-loaded). */
export function CartIndicator({ siteCode, accountId }: { siteCode: string; accountId: string }) {
  const working = useWorkingCartId(accountId);
  const { data } = useQuery(CartIndicatorQuery, { fetchPolicy: 'cache-first' });
  const carts = data?.carts;
  const current =
    carts?.find((c) => c.id === working) ?? carts?.find((c) => c.owner.isViewer && c.status === 'ACTIVE');
  const count = carts ? (current?.lineCount ?? 0) : null;
  return (
    <CartLink
      to={cartPath(siteCode, working && current?.id === working ? working : null)}
      lineCount={count}
    />
  );
}
