import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../../../gql';

const ProductPriceQuery = graphql(`
  query ProductPrice($id: ID!, $quantity: Int!) {
    product(id: $id) {
      id
      price(quantity: $quantity) {
        quantity
        ...PriceSummary_price
        ...PriceExplanation_price
      }
    }
  }
`);

/**
 * The viewer's price of a product at a quantity, asked for once typing pauses. While the next
 * quantity's price loads, the previous one stays (so the figures never blank out).
 */
export function useProductPrice(productId: string, quantity: number, skip: boolean) {
  const [settled] = useDebouncedValue(quantity, 250);
  const result = useQuery(ProductPriceQuery, {
    variables: { id: productId, quantity: settled },
    skip,
    notifyOnNetworkStatusChange: true,
  });
  const product = result.data?.product ?? result.previousData?.product ?? null;
  return {
    price: product?.price ?? null,
    /** A price for another quantity than the one chosen is shown (typing, or the next one loading). */
    updating: result.loading || settled !== quantity,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
    loaded: !!product,
  };
}
