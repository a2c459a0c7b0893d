import { useT } from '../../../app/i18n';
import { EmptyState } from '../../../ui';

/** Seller-side users with no account chosen: carts belong to an account, so say how to pick one. */
export function NoAccountNotice() {
  const t = useT();
  return (
    <EmptyState
      title={t('Choose an account to shop for first.')}
      description={t(
        'Use “Switch account” at the top of the page; carts and orders belong to the account you act for.',
      )}
    />
  );
}
