import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money } from '../../../ui';
import { agingBucketLabel } from './invoice-labels';

export const AgingSummaryFragment = graphql(`
  fragment AgingSummary_aging on InvoiceAging {
    asOf
    openCount
    totalOpen {
      amount
      currency
    }
    overdue {
      amount
      currency
    }
    buckets {
      bucket
      count
      amount {
        amount
        currency
      }
    }
  }
`);

/** What the account owes by age: total open, then current, 1–30, 31–60, 61–90 and over 90 days past due. */
export function AgingSummary({ aging: ref }: { aging: FragmentType<typeof AgingSummaryFragment> }) {
  const aging = useFragment(AgingSummaryFragment, ref);
  const { t, plural } = useI18n();
  return (
    <section aria-label={t('Aging of open invoices')}>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" mb="md">
        <Paper withBorder radius="md" p="sm">
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('Total open')}
            </Text>
            <Text fw={700} size="lg" data-testid="aging-total">
              <Money value={aging.totalOpen} />
            </Text>
            <Text size="xs" c="dimmed">
              {plural(
                aging.openCount,
                t('{count} invoice', { count: aging.openCount }),
                t('{count} invoices', { count: aging.openCount }),
              )}
            </Text>
          </Stack>
        </Paper>
        {aging.buckets.map((b) => (
          <Paper
            key={b.bucket}
            withBorder
            radius="md"
            p="sm"
            data-testid={`aging-${b.bucket}`}
            style={
              b.bucket !== 'CURRENT' && b.count > 0
                ? { borderColor: 'var(--mantine-color-red-4)' }
                : undefined
            }
          >
            <Stack gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {agingBucketLabel(b.bucket, t)}
              </Text>
              <Text fw={600}>
                <Money value={b.amount} />
              </Text>
              <Text size="xs" c="dimmed">
                {plural(
                  b.count,
                  t('{count} invoice', { count: b.count }),
                  t('{count} invoices', { count: b.count }),
                )}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
