import { useMutation } from '@apollo/client/react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { OrderStatus } from '../../../gql/graphql';
import { orderLeftStatus } from './orders-cache';

// What a change of status changes on an order: read back with the mutation so every page showing the
// order (detail, lists, approvals) updates from the normalized cache.
export const OrderChangeFragment = graphql(`
  fragment OrderChange_order on Order {
    id
    status
    canCancel
    account {
      id
    }
    approval {
      decidedBy {
        name
      }
      decidedAt
      comment
    }
    timeline {
      status
      at
      actorName
      note
    }
    deliveryGroups {
      id
      status
    }
  }
`);

const CancelOrderMutation = graphql(`
  mutation CancelOrder($orderId: ID!, $reason: String) {
    cancelOrder(orderId: $orderId, reason: $reason) {
      __typename
      ... on OrderChanged {
        order {
          id
          status
          account {
            id
          }
          ...OrderChange_order
        }
      }
      ... on InvalidTransition {
        message
        status
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

const ApproveOrderMutation = graphql(`
  mutation ApproveOrder($orderId: ID!, $comment: String) {
    approveOrder(orderId: $orderId, comment: $comment) {
      __typename
      ... on OrderChanged {
        order {
          id
          status
          account {
            id
          }
          ...OrderChange_order
        }
      }
      ... on InvalidTransition {
        message
        status
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

const RejectOrderMutation = graphql(`
  mutation RejectOrder($orderId: ID!, $comment: String) {
    rejectOrder(orderId: $orderId, comment: $comment) {
      __typename
      ... on OrderChanged {
        order {
          id
          status
          account {
            id
          }
          ...OrderChange_order
        }
      }
      ... on InvalidTransition {
        message
        status
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

export type OrderChangeOutcome =
  | { kind: 'changed'; status: OrderStatus }
  /** Refused by the order's state machine (e.g. it shipped meanwhile): the reason, and where it is now. */
  | { kind: 'refused'; message: string; status: OrderStatus }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string };

type Answer =
  | { __typename: 'OrderChanged'; order: { id: string; status: OrderStatus; account: { id: string } } }
  | { __typename: 'InvalidTransition'; message: string; status: OrderStatus }
  | {
      __typename: 'ValidationFailed';
      message: string;
      problems: ReadonlyArray<{ field: string; message: string }>;
    };

function outcomeOf(result: Answer | undefined, fallback: string): OrderChangeOutcome {
  switch (result?.__typename) {
    case 'OrderChanged':
      return { kind: 'changed', status: result.order.status };
    case 'InvalidTransition':
      return { kind: 'refused', message: result.message, status: result.status };
    case 'ValidationFailed':
      return { kind: 'invalid', message: result.problems.map((p) => p.message).join(' ') || result.message };
    default:
      return { kind: 'failed', message: fallback };
  }
}

function updateLists(cache: Parameters<typeof orderLeftStatus>[0], result: Answer | undefined) {
  if (result?.__typename !== 'OrderChanged') return;
  orderLeftStatus(cache, {
    id: result.order.id,
    status: result.order.status,
    accountId: result.order.account.id,
  });
}

/**
 * Cancel (its buyer, a buyer admin, the seller), approve or reject (a buyer admin of the account) an
 * order. Each returns what happened; refusals by the state machine come back with their reason.
 */
export function useOrderActions() {
  const t = useT();
  const noAnswer = t('The server did not confirm the change. Reload to check whether it was made.');
  const [cancelMutation, cancelState] = useMutation(CancelOrderMutation, {
    update: (cache, { data }) => updateLists(cache, data?.cancelOrder),
  });
  const [approveMutation, approveState] = useMutation(ApproveOrderMutation, {
    update: (cache, { data }) => updateLists(cache, data?.approveOrder),
  });
  const [rejectMutation, rejectState] = useMutation(RejectOrderMutation, {
    update: (cache, { data }) => updateLists(cache, data?.rejectOrder),
  });

  async function run(call: () => Promise<Answer | undefined>): Promise<OrderChangeOutcome> {
    try {
      return outcomeOf(await call(), noAnswer);
    } catch (error) {
      return { kind: 'failed', message: describeError(error, t) };
    }
  }

  return {
    cancel: (orderId: string, reason: string) =>
      run(
        async () =>
          (await cancelMutation({ variables: { orderId, reason: reason.trim() || null } })).data?.cancelOrder,
      ),
    approve: (orderId: string, comment: string) =>
      run(
        async () =>
          (await approveMutation({ variables: { orderId, comment: comment.trim() || null } })).data
            ?.approveOrder,
      ),
    reject: (orderId: string, comment: string) =>
      run(
        async () =>
          (await rejectMutation({ variables: { orderId, comment: comment.trim() || null } })).data
            ?.rejectOrder,
      ),
    busy: cancelState.loading || approveState.loading || rejectState.loading,
  };
}
