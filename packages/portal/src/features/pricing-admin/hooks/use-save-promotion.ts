import { useMutation } from '@apollo/client/react';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { SavePromotionInput } from '../../../gql/graphql';
import type { Problem } from '../components/problems';

const SavePromotionMutation = graphql(`
  mutation SavePromotion($input: SavePromotionInput!) {
    savePromotion(input: $input) {
      __typename
      ... on PromotionSaved {
        promotion {
          id
          name
          ...PromotionRow_promotion
          ...PromotionForm_promotion
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

export type PromotionOutcome =
  { kind: 'saved'; id: string; name: string } | { kind: 'invalid'; problems: Problem[] } | { kind: 'stale' };

/**
 * Creates or changes a promotion. The saved promotion is normalised into the cache (its form and row
 * update); the cached lists are dropped, since a new promotion or a new status moves it between them.
 */
export function useSavePromotion() {
  const t = useT();
  const [mutate, state] = useMutation(SavePromotionMutation, {
    update(cache, { data }) {
      if (data?.savePromotion.__typename !== 'PromotionSaved') return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'promotions' });
    },
  });
  async function save(input: SavePromotionInput): Promise<PromotionOutcome> {
    const { data } = await mutate({ variables: { input } });
    const result = data?.savePromotion;
    switch (result?.__typename) {
      case 'PromotionSaved':
        return { kind: 'saved', id: result.promotion.id, name: result.promotion.name };
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
