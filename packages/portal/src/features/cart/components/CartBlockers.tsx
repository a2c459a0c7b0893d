import { Alert, List, Text } from '@mantine/core';
import { useI18n } from '../../../app/i18n';

/** What must be fixed before the cart can be ordered, as the server says it (empty when ready). */
export function CartBlockers({ blockers, id }: { blockers: readonly string[]; id: string }) {
  const { t, plural } = useI18n();
  if (blockers.length === 0) return null;
  return (
    <Alert
      id={id}
      color="orange"
      variant="light"
      title={plural(
        blockers.length,
        t('Fix this before ordering'),
        t('Fix these {count} things before ordering', { count: blockers.length }),
      )}
    >
      <List size="sm" spacing={4}>
        {blockers.map((blocker, i) => (
          <List.Item key={i}>
            <Text size="sm" span>
              {blocker}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
