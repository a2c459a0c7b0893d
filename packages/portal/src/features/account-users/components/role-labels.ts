import type { TFunction } from '../../../app/i18n';
import type { Role } from '../../../gql/graphql';

/** A role's name in the interface language. */
export function roleLabel(role: Role, t: TFunction): string {
  switch (role) {
    case 'BUYER':
      return t('Buyer');
    case 'BUYER_ADMIN':
      return t('Buyer admin');
    case 'PARTNER_USER':
      return t('Partner user');
    case 'PARTNER_MANAGER':
      return t('Partner manager');
    case 'SALES_REP':
      return t('Sales rep');
    case 'ACCOUNT_MANAGER':
      return t('Account manager');
    case 'FIELD_REP':
      return t('Field rep');
    case 'REBATE_MANAGER':
      return t('Rebate manager');
    case 'SITE_ADMIN':
      return t('Site admin');
  }
}
