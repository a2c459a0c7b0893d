import type { StoreObject } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { Problem } from '../components/problems';

const SetPriceBookEntryMutation = graphql(`
  mutation SetPriceBookEntry($input: SetPriceBookEntryInput!) {
    setPriceBookEntry(input: $input) {
      __typename
      ... on PriceBookEntrySaved {
        entry {
          sku
          unitPrice {
            amount
            currency
          }
          effectivePrice {
            amount
            currency
          }
          ...PriceEntryRow_entry
        }
      }
      ... on ValidationFailed {
        message
        problems {
          field
          message
        }
      }
    }
  }
`);

interface StoredEntries {
  edges?: ReadonlyArray<{ node: StoreObject }>;
}

export type EntryOutcome =
  | { kind: 'saved'; unitPrice: { amount: string; currency: string } | null }
  | { kind: 'invalid'; problems: Problem[] };

/**
 * Sets (or with null, removes) a product's price in a book. Entries have no id of their own, so the
 * saved price is written into every cached page of the book's entries, and its price count follows.
 */
export function useSetPriceBookEntry(bookId: string) {
  const t = useT();
  const [mutate, state] = useMutation(SetPriceBookEntryMutation);

  async function setPrice(sku: string, unitPrice: string | null, wasSet: boolean): Promise<EntryOutcome> {
    const { data } = await mutate({
      variables: { input: { priceBookId: bookId, sku, unitPrice } },
      update(cache, { data: answer }) {
        const result = answer?.setPriceBookEntry;
        if (result?.__typename !== 'PriceBookEntrySaved') return;
        const saved = result.entry;
        const delta = (saved.unitPrice ? 1 : 0) - (wasSet ? 1 : 0);
        cache.modify({
          id: cache.identify({ __typename: 'PriceBook', id: bookId }),
          fields: {
            entries(value, { readField }) {
              const existing = value as StoredEntries | undefined;
              if (!existing?.edges) return value;
              return {
                ...existing,
                edges: existing.edges.map((edge) =>
                  readField('sku', edge.node) === saved.sku
                    ? {
                        ...edge,
                        node: {
                          ...edge.node,
                          unitPrice: saved.unitPrice,
                          effectivePrice: saved.effectivePrice,
                        },
                      }
                    : edge,
                ),
              };
            },
            entryCount: (count: number) => Math.max(0, count + delta),
          },
        });
      },
    });
    const result = data?.setPriceBookEntry;
    switch (result?.__typename) {
      case 'PriceBookEntrySaved':
        return { kind: 'saved', unitPrice: result.entry.unitPrice ?? null };
      case 'ValidationFailed':
        return { kind: 'invalid', problems: result.problems };
      default:
        throw new Error(t('The server did not confirm the change. Reload to check whether it was saved.'));
    }
  }
  return { setPrice, saving: state.loading };
}
