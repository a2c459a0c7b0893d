import type { TFunction } from '../../../app/i18n';
import type { PaymentMethodKind } from '../../../gql/graphql';

export function paymentMethodLabel(method: PaymentMethodKind, t: TFunction): string {
  return method === 'CARD' ? t('Card') : t('Bank transfer');
}
