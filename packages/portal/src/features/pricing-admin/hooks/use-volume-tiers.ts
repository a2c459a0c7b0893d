import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { SaveVolumeTiersInput } from '../../../gql/graphql';
import type { Problem } from '../components/problems';

const VolumeTiersQuery = graphql(`
  query VolumeTiersPage($sku: String!, $currency: String!) {
    volumeTiers(sku: $sku, currency: $currency) {
      productId
      sku
      productName
      currency
      updatedAt
      ...TierEditor_table
    }
  }
`);

const SaveVolumeTiersMutation = graphql(`
  mutation SaveVolumeTiers($input: SaveVolumeTiersInput!) {
    saveVolumeTiers(input: $input) {
      __typename
      ... on VolumeTiersSaved {
        table {
          productId
          sku
          productName
          currency
          updatedAt
          ...TierEditor_table
        }
      }
      ... on ValidationFailed {
        message
        problems {
          field
          message
        }
      }
      ... on StaleEdit {
        message
      }
    }
  }
`);

/** A product's tier table in one currency, as stored (null data: no such SKU). */
export function useVolumeTiers(sku: string, currency: string) {
  return useQuery(VolumeTiersQuery, {
    variables: { sku, currency },
    skip: !sku || !currency,
    notifyOnNetworkStatusChange: true,
  });
}

export type TiersOutcome =
  { kind: 'saved'; count: number } | { kind: 'invalid'; problems: Problem[] } | { kind: 'stale' };

/**
 * Replaces a product's tiers in a currency. Tier tables have no id: the saved table is written over the
 * cached answer for the same SKU and currency, so the editor restarts from what the server stored.
 */
export function useSaveVolumeTiers(sku: string, currency: string) {
  const t = useT();
  const [mutate, state] = useMutation(SaveVolumeTiersMutation, {
    update(cache, { data }) {
      const result = data?.saveVolumeTiers;
      if (result?.__typename !== 'VolumeTiersSaved') return;
      cache.writeQuery({
        query: VolumeTiersQuery,
        variables: { sku, currency },
        data: { volumeTiers: result.table },
      });
    },
  });
  async function save(input: SaveVolumeTiersInput): Promise<TiersOutcome> {
    const { data } = await mutate({ variables: { input } });
    const result = data?.saveVolumeTiers;
    switch (result?.__typename) {
      case 'VolumeTiersSaved':
        return { kind: 'saved', count: input.tiers.length };
      case 'ValidationFailed':
        return { kind: 'invalid', problems: result.problems };
      case 'StaleEdit':
        return { kind: 'stale' };
      default:
        throw new Error(t('The server did not confirm the change. Reload to check whether it was saved.'));
    }
  }
  return { save, saving: state.loading };
}
