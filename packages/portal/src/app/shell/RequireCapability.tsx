import type { ReactNode } from 'react';
import type { Capability } from '../../gql/graphql';
import { EmptyState, PageHeader } from '../../ui';
import { useShell } from '../site/ShellContext';

const names: Record<Capability, string> = {
  BROWSE_CATALOG: 'the catalog',
  VIEW_ORDERS: 'order history',
  SWITCH_ACCOUNT: 'switching accounts',
  USE_PLAYGROUND: 'the API playground',
};

/** Renders its page only when the viewer has the capability; otherwise says why not. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const { can } = useShell();
  if (can(capability)) return <>{children}</>;
  return (
    <>
      <PageHeader title="Not available" />
      <EmptyState
        title={`Your role doesn’t include ${names[capability]}`}
        description="Ask your administrator if you need access."
      />
    </>
  );
}
