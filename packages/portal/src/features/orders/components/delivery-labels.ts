import type { TFunction } from '../../../app/i18n';
import type { DeliveryStatus } from '../../../gql/graphql';

/** A delivery group's status in the interface language. */
export function deliveryStatusLabel(status: DeliveryStatus, t: TFunction): string {
  switch (status) {
    case 'PENDING':
      return t('Not shipped yet');
    case 'PARTLY_SHIPPED':
      return t('Partly shipped');
    case 'SHIPPED':
      return t('Shipped');
    case 'DELIVERED':
      return t('Delivered');
    case 'CANCELLED':
      return t('Cancelled');
  }
}

export const deliveryStatusColor: Record<DeliveryStatus, string> = {
  PENDING: 'gray',
  PARTLY_SHIPPED: 'cyan',
  SHIPPED: 'indigo',
  DELIVERED: 'green',
  CANCELLED: 'gray',
};

/** How a delivery group ships (STANDARD, EXPRESS, FREIGHT; another method shows as sent). */
export function shippingMethodLabel(method: string, t: TFunction): string {
  switch (method) {
    case 'STANDARD':
      return t('Standard shipping');
    case 'EXPRESS':
      return t('Express shipping');
    case 'FREIGHT':
      return t('Freight');
    default:
      return method;
  }
}
