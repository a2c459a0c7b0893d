import { Anchor, Badge, Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT, type TFunction } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { PromotionDiscountKind, PromotionStatus } from '../../../gql/graphql';
import { DateText, formatMoney, ScrollX, useLocale } from '../../../ui';
import { formatDecimal, promotionStatusLabel, stackingLabel } from './labels';

export const PromotionRowFragment = graphql(`
  fragment PromotionRow_promotion on Promotion {
    id
    name
    status
    discountKind
    percent
    amounts {
      currency
      amountOff
    }
    couponCode
    stacking
    priority
    startsAt
    endsAt
  }
`);

const statusColor: Record<PromotionStatus, string> = {
  ACTIVE: 'green',
  SCHEDULED: 'blue',
  EXPIRED: 'gray',
  INACTIVE: 'dark',
};

export function PromotionStatusBadge({
  status,
  size,
}: {
  status: PromotionStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const t = useT();
  return (
    <Badge
      color={statusColor[status]}
      variant={status === 'INACTIVE' ? 'outline' : 'light'}
      radius="sm"
      size={size}
      style={{ minWidth: 'max-content' }}
    >
      {promotionStatusLabel(status, t)}
    </Badge>
  );
}

/** "15% off" or "$2.00 · CA$2.69 off each unit". */
export function discountText(
  promotion: {
    discountKind: PromotionDiscountKind;
    percent?: string | null;
    amounts: ReadonlyArray<{ currency: string; amountOff?: string | null }>;
  },
  locale: string,
  t: TFunction,
): string {
  if (promotion.discountKind === 'PERCENT')
    return promotion.percent
      ? t('{percent}% off', { percent: formatDecimal(promotion.percent, locale) })
      : '—';
  const amounts = promotion.amounts
    .filter((a) => a.amountOff)
    .map((a) => formatMoney({ amount: a.amountOff!, currency: a.currency }, locale));
  return amounts.length ? t('{amount} off each unit', { amount: amounts.join(' · ') }) : '—';
}

function When({ startsAt, endsAt }: { startsAt?: string | null; endsAt?: string | null }) {
  const t = useT();
  return (
    <Text size="sm" span style={{ whiteSpace: 'nowrap' }}>
      <DateText value={startsAt} fallback={t('now')} /> – <DateText value={endsAt} fallback={t('no end')} />
    </Text>
  );
}

type Ref = FragmentType<typeof PromotionRowFragment>;

function PromotionRow({ siteCode, promotion: ref }: { siteCode: string; promotion: Ref }) {
  const t = useT();
  const locale = useLocale();
  const p = useFragment(PromotionRowFragment, ref);
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/${siteCode}/admin/promotions/${encodeURIComponent(p.id)}`} fw={600}>
          {p.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <PromotionStatusBadge status={p.status} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{discountText(p, locale, t)}</Text>
      </Table.Td>
      <Table.Td>
        {p.couponCode ? (
          <Text size="sm" ff="monospace">
            {p.couponCode}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {stackingLabel(p.stacking, t)} · {p.priority}
        </Text>
      </Table.Td>
      <Table.Td>
        <When startsAt={p.startsAt} endsAt={p.endsAt} />
      </Table.Td>
    </Table.Tr>
  );
}

function PromotionCard({ siteCode, promotion: ref }: { siteCode: string; promotion: Ref }) {
  const t = useT();
  const locale = useLocale();
  const p = useFragment(PromotionRowFragment, ref);
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor
            component={Link}
            to={`/${siteCode}/admin/promotions/${encodeURIComponent(p.id)}`}
            fw={600}
            style={{ minWidth: 0 }}
          >
            {p.name}
          </Anchor>
          <PromotionStatusBadge status={p.status} />
        </Group>
        <Text size="sm">
          {discountText(p, locale, t)}
          {p.couponCode ? ` · ${t('coupon {code}', { code: p.couponCode })}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {stackingLabel(p.stacking, t)} · {t('priority {priority}', { priority: p.priority })} ·{' '}
          <When startsAt={p.startsAt} endsAt={p.endsAt} />
        </Text>
      </Stack>
    </Paper>
  );
}

export interface PromotionsTableProps {
  siteCode: string;
  promotions: ReadonlyArray<{ id: string } & Ref>;
  caption: string;
}

/** Promotions as a table, and as cards on phones. */
export function PromotionsTable({ siteCode, promotions, caption }: PromotionsTableProps) {
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
          {promotions.map((p) => (
            <PromotionCard key={p.id} siteCode={siteCode} promotion={p} />
          ))}
        </Stack>
      </Box>
      <Box visibleFrom="sm">
        <ScrollX minWidth={880} label={caption}>
          <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
            <Table.Caption style={{ textAlign: 'left' }}>
              <Text span size="sm" c="dimmed">
                {caption}
              </Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('Promotion')}</Table.Th>
                <Table.Th scope="col">{t('Status')}</Table.Th>
                <Table.Th scope="col">{t('Discount')}</Table.Th>
                <Table.Th scope="col">{t('Coupon')}</Table.Th>
                <Table.Th scope="col">{t('Stacking · priority')}</Table.Th>
                <Table.Th scope="col">{t('Runs')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {promotions.map((p) => (
                <PromotionRow key={p.id} siteCode={siteCode} promotion={p} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollX>
      </Box>
    </>
  );
}
