import { useMutation } from '@apollo/client/react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { CreateShipmentInput, OrderStatus } from '../../../gql/graphql';
import { orderLeftStatus } from '../../orders/hooks/orders-cache';
import { orderMovedInQueue } from './fulfilment-cache';

const CreateShipmentMutation = graphql(`
  mutation CreateShipment($input: CreateShipmentInput!) {
    createShipment(input: $input) {
      __typename
      ... on ShipmentCreated {
        shipment {
          id
          carrier
          trackingNumber
          trackingUrl
          lines {
            quantity
          }
        }
        order {
          id
          status
          shipments {
            id
            ...OrderShipment_shipment
          }
          ...FulfilOrder_order
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

const MarkDeliveredMutation = graphql(`
  mutation MarkDelivered($orderId: ID!) {
    markDelivered(orderId: $orderId) {
      __typename
      ... on OrderChanged {
        order {
          id
          status
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

export interface Problem {
  field: string;
  message: string;
}

export type ShipmentOutcome =
  | {
      kind: 'created';
      carrier: string;
      trackingNumber: string;
      units: number;
      status: OrderStatus;
    }
  | { kind: 'refused'; message: string; status: OrderStatus }
  | { kind: 'invalid'; problems: Problem[]; message: string }
  | { kind: 'failed'; message: string };

export type DeliveredOutcome =
  { kind: 'delivered' } | { kind: 'refused'; message: string } | { kind: 'failed'; message: string };

/**
 * The seller's changes to an order: a shipment (part or all, with tracking) and delivery. The order comes
 * back with the change, so the queue, the shipment form and the order's page update from the cache.
 */
export function useFulfilment() {
  const t = useT();
  const noAnswer = t('The server did not confirm the change. Reload to check whether it was made.');
  const [createMutation, createState] = useMutation(CreateShipmentMutation, {
    update(cache, { data }) {
      const result = data?.createShipment;
      if (result?.__typename !== 'ShipmentCreated') return;
      orderLeftStatus(cache, { id: result.order.id, status: result.order.status });
      orderMovedInQueue(cache, { id: result.order.id, status: result.order.status });
    },
  });
  const [deliverMutation, deliverState] = useMutation(MarkDeliveredMutation, {
    update(cache, { data }, { variables }) {
      const result = data?.markDelivered;
      if (result?.__typename === 'OrderChanged') {
        orderLeftStatus(cache, { id: result.order.id, status: result.order.status });
        orderMovedInQueue(cache, { id: result.order.id, status: result.order.status });
      } else if (result?.__typename === 'InvalidTransition' && variables) {
        // Delivered (or changed) meanwhile by someone else: show where it is, and take it off the queue.
        const order = { id: String(variables.orderId), status: result.status };
        const id = cache.identify({ __typename: 'Order', id: order.id });
        if (id) cache.modify({ id, fields: { status: () => order.status } });
        orderMovedInQueue(cache, order);
      }
    },
  });

  async function createShipment(input: CreateShipmentInput): Promise<ShipmentOutcome> {
    try {
      const result = (await createMutation({ variables: { input } })).data?.createShipment;
      switch (result?.__typename) {
        case 'ShipmentCreated':
          return {
            kind: 'created',
            carrier: result.shipment.carrier,
            trackingNumber: result.shipment.trackingNumber,
            units: result.shipment.lines.reduce((sum, line) => sum + line.quantity, 0),
            status: result.order.status,
          };
        case 'InvalidTransition':
          return { kind: 'refused', message: result.message, status: result.status };
        case 'ValidationFailed':
          return { kind: 'invalid', problems: result.problems, message: result.message };
        default:
          return { kind: 'failed', message: noAnswer };
      }
    } catch (error) {
      return { kind: 'failed', message: describeError(error, t) };
    }
  }

  async function markDelivered(orderId: string): Promise<DeliveredOutcome> {
    try {
      const result = (await deliverMutation({ variables: { orderId } })).data?.markDelivered;
      switch (result?.__typename) {
        case 'OrderChanged':
          return { kind: 'delivered' };
        case 'InvalidTransition':
          return { kind: 'refused', message: result.message };
        case 'ValidationFailed':
          return {
            kind: 'refused',
            message: result.problems.map((p) => p.message).join(' ') || result.message,
          };
        default:
          return { kind: 'failed', message: noAnswer };
      }
    } catch (error) {
      return { kind: 'failed', message: describeError(error, t) };
    }
  }

  return {
    createShipment,
    markDelivered,
    creating: createState.loading,
    delivering: deliverState.loading,
  };
}
