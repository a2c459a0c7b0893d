import { useMutation } from '@apollo/client/react';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { SavePriceBookInput } from '../../../gql/graphql';
import type { Problem } from '../components/problems';

const SavePriceBookMutation = graphql(`
  mutation SavePriceBook($input: SavePriceBookInput!) {
    savePriceBook(input: $input) {
      __typename
      ... on PriceBookSaved {
        priceBook {
          id
          name
          ...PriceBookRow_book
          ...PriceBookForm_book
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

export type SaveOutcome =
  { kind: 'saved'; id: string; name: string } | { kind: 'invalid'; problems: Problem[] } | { kind: 'stale' };

/**
 * Creates or changes a price book. The saved book is normalised into the cache (its row and form
 * update); a new one is added to the list; its entries are dropped so their derived prices reload.
 */
export function useSavePriceBook() {
  const t = useT();
  const [mutate, state] = useMutation(SavePriceBookMutation, {
    update(cache, { data }) {
      const result = data?.savePriceBook;
      if (result?.__typename !== 'PriceBookSaved') return;
      const ref = cache.identify({ __typename: 'PriceBook', id: result.priceBook.id });
      if (!ref) return;
      cache.modify({
        fields: {
          priceBooks(existing: ReadonlyArray<{ __ref: string }> = []) {
            return existing.some((b) => b.__ref === ref) ? existing : [...existing, { __ref: ref }];
          },
        },
      });
      cache.evict({ id: ref, fieldName: 'entries' });
    },
  });
  async function save(input: SavePriceBookInput): Promise<SaveOutcome> {
    const { data } = await mutate({ variables: { input } });
    const result = data?.savePriceBook;
    switch (result?.__typename) {
      case 'PriceBookSaved':
        return { kind: 'saved', id: result.priceBook.id, name: result.priceBook.name };
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
