import { Badge } from '@mantine/core';
import { useT } from '../../../app/i18n';
import type { CaseStatus } from '../../../gql/graphql';
import { caseStatusColor, caseStatusLabel } from './case-labels';

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return (
    <Badge color={caseStatusColor[status]} variant="light" radius="sm" style={{ whiteSpace: 'nowrap' }}>
      {caseStatusLabel(status, t)}
    </Badge>
  );
}
