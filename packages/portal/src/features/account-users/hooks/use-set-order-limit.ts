import { useMutation } from '@apollo/client/react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';

const SetOrderLimitMutation = graphql(`
  mutation SetOrderLimit($userId: ID!, $limit: String) {
    setOrderLimit(userId: $userId, limit: $limit) {
      __typename
      ... on OrderLimitSet {
        user {
          id
          orderLimit {
            amount
            currency
          }
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

export type LimitOutcome =
  | { kind: 'saved'; limit: { amount: string; currency: string } | null }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string };

/** A buyer admin sets (or with null clears) a user's order limit; the user updates in the cache. */
export function useSetOrderLimit() {
  const t = useT();
  const [mutate, state] = useMutation(SetOrderLimitMutation);
  async function setLimit(userId: string, limit: string | null): Promise<LimitOutcome> {
    try {
      const result = (await mutate({ variables: { userId, limit } })).data?.setOrderLimit;
      switch (result?.__typename) {
        case 'OrderLimitSet':
          return { kind: 'saved', limit: result.user.orderLimit ?? null };
        case 'ValidationFailed':
          return {
            kind: 'invalid',
            message: result.problems.map((p) => p.message).join(' ') || result.message,
          };
        default:
          return {
            kind: 'failed',
            message: t('The server did not confirm the change. Reload to check whether it was made.'),
          };
      }
    } catch (error) {
      return { kind: 'failed', message: describeError(error, t) };
    }
  }
  return { setLimit, saving: state.loading };
}
