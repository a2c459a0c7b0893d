import { Badge } from '@mantine/core';
import { useT } from '../../../app/i18n';
import type { InvoiceStatus } from '../../../gql/graphql';
import { invoiceStatusColor, invoiceStatusLabel } from './invoice-labels';

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const t = useT();
  return (
    <Badge color={invoiceStatusColor[status]} variant="light" radius="sm" style={{ whiteSpace: 'nowrap' }}>
      {invoiceStatusLabel(status, t)}
    </Badge>
  );
}
