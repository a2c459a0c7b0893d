import { Box, Paper, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { DateText, ScrollX } from '../../../ui';
import { auditActionLabel, auditSubjectLabel } from './labels';

export const AuditRowFragment = graphql(`
  fragment AuditRow_event on AuditEvent {
    id
    at
    actorName
    action
    subjectType
    summary
  }
`);

type Ref = FragmentType<typeof AuditRowFragment>;

function AuditRow({ event: ref }: { event: Ref }) {
  const t = useT();
  const e = useFragment(AuditRowFragment, ref);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <DateText value={e.at} withTime />
      </Table.Td>
      <Table.Td>{e.actorName ?? t('System')}</Table.Td>
      <Table.Td>
        <Text size="sm">{auditActionLabel(e.action, t)}</Text>
        <Text size="xs" c="dimmed">
          {auditSubjectLabel(e.subjectType, t)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {e.summary}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

function AuditCard({ event: ref }: { event: Ref }) {
  const t = useT();
  const e = useFragment(AuditRowFragment, ref);
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Text size="sm" fw={600}>
        {auditActionLabel(e.action, t)}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {e.summary}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        <DateText value={e.at} withTime /> · {e.actorName ?? t('System')}
      </Text>
    </Paper>
  );
}

/** Audit events as a table, and as cards on phones. */
export function AuditTable({
  events,
  caption,
}: {
  events: ReadonlyArray<{ id: string } & Ref>;
  caption: string;
}) {
  const t = useT();
  return (
    <>
      <Box hiddenFrom="sm">
        <Text size="sm" c="dimmed" mb="xs">
          {caption}
        </Text>
        <Stack
          component="ul"
          gap="xs"
          aria-label={caption}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {events.map((e) => (
            <AuditCard key={e.id} event={e} />
          ))}
        </Stack>
      </Box>
      <Box visibleFrom="sm">
        <ScrollX minWidth={760} label={caption}>
          <Table striped verticalSpacing="sm" captionSide="top">
            <Table.Caption style={{ textAlign: 'left' }}>
              <Text span size="sm" c="dimmed">
                {caption}
              </Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('When')}</Table.Th>
                <Table.Th scope="col">{t('Who')}</Table.Th>
                <Table.Th scope="col">{t('What')}</Table.Th>
                <Table.Th scope="col">{t('Summary')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((e) => (
                <AuditRow key={e.id} event={e} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollX>
      </Box>
    </>
  );
}
