import type { ReactNode } from 'react';
import type { Capability } from '../../gql/graphql';
import { EmptyState, PageHeader } from '../../ui';
import { useT, type TFunction } from '../i18n';
import { useShell } from '../site/ShellContext';

/** Why a page is not shown, as one whole sentence per capability (so each language can phrase it). */
function missingCapability(capability: Capability, t: TFunction): string {
  switch (capability) {
    case 'BROWSE_CATALOG':
      return t('Your role doesn’t include the catalog');
    case 'VIEW_ORDERS':
      return t('Your role doesn’t include order history');
    case 'SWITCH_ACCOUNT':
      return t('Your role doesn’t include switching accounts');
    case 'USE_PLAYGROUND':
      return t('Your role doesn’t include the API playground');
    case 'MANAGE_PRICING':
      return t('Your role doesn’t include managing prices');
    case 'FULFIL_ORDERS':
      return t('Your role doesn’t include shipping orders');
  }
}

/** Renders its page only when the viewer has the capability; otherwise says why not. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const { can } = useShell();
  const t = useT();
  if (can(capability)) return <>{children}</>;
  return (
    <>
      <PageHeader title={t('Not available')} />
      <EmptyState
        title={missingCapability(capability, t)}
        description={t('Ask your administrator if you need access.')}
      />
    </>
  );
}
