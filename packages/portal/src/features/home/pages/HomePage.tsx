import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { describeError } from '../../../app/errors';
import { useT, type TFunction } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { EmptyState, ErrorState, LoadingSkeleton, PageHeader } from '../../../ui';
import { AccountSummaryCard } from '../components/AccountSummaryCard';
import { ChooseAccountPrompt } from '../components/ChooseAccountPrompt';
import { RecentOrders } from '../components/RecentOrders';

const HomePageQuery = graphql(`
  query HomePage($withOrders: Boolean!) {
    viewer {
      effectiveAccount {
        id
        ...AccountSummaryCard_account
      }
    }
    orders(first: 5) @include(if: $withOrders) {
      totalCount
      edges {
        node {
          id
          ...RecentOrderItem_order
        }
      }
    }
  }
`);

function greeting(name: string, t: TFunction, date = new Date()) {
  const h = date.getHours();
  if (h < 12) return t('Good morning, {name}', { name });
  return h < 18 ? t('Good afternoon, {name}', { name }) : t('Good evening, {name}', { name });
}

/** `/:siteCode`: greeting, the effective account's figures, recent orders and quick links. */
export function HomePage() {
  const { siteCode, site, viewer, can } = useShell();
  const hasAccount = !!viewer.effectiveAccount;
  const withOrders = hasAccount && can('VIEW_ORDERS');
  const { data, loading, error, refetch } = useQuery(HomePageQuery, {
    variables: { withOrders },
    notifyOnNetworkStatusChange: true,
  });
  const firstName = viewer.user.name.split(/\s+/)[0] ?? viewer.user.name;
  const t = useT();

  return (
    <>
      <PageHeader
        title={greeting(firstName, t)}
        documentTitle={t('Home')}
        description={t('Welcome to {site}.', { site: site.name })}
      />
      {!hasAccount ? (
        <ChooseAccountPrompt />
      ) : !data ? (
        error ? (
          <ErrorState
            title={t('We couldn’t load your home page')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : (
          <LoadingSkeleton label={t('Loading your account…')} count={8} />
        )
      ) : (
        <Stack gap="xl">
          {data.viewer?.effectiveAccount ? (
            <AccountSummaryCard account={data.viewer.effectiveAccount} />
          ) : null}
          {withOrders ? (
            <section aria-labelledby="recent-orders">
              <Group justify="space-between" mb="xs">
                <Title order={2} fz="lg" id="recent-orders">
                  {t('Recent orders')}
                </Title>
                <Anchor component={Link} to={`/${siteCode}/orders`} size="sm">
                  {t('All orders')}
                </Anchor>
              </Group>
              {data.orders && data.orders.edges.length > 0 ? (
                <RecentOrders siteCode={siteCode} orders={data.orders.edges.map((e) => e.node)} />
              ) : (
                <EmptyState
                  headingOrder={3}
                  title={t('No orders yet')}
                  description={t('Orders placed for this account will show up here.')}
                />
              )}
            </section>
          ) : null}
        </Stack>
      )}
      <section aria-labelledby="quick-links">
        <Title order={2} fz="lg" id="quick-links" mt="xl" mb="xs">
          {t('Quick links')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {can('BROWSE_CATALOG') ? (
            <QuickLink
              to={`/${siteCode}/catalog`}
              title={t('Browse the catalog')}
              text={t('Find products by category, name or SKU.')}
            />
          ) : null}
          {can('VIEW_ORDERS') ? (
            <QuickLink
              to={`/${siteCode}/orders`}
              title={t('Track orders')}
              text={t('Status, PO numbers and totals of every order.')}
            />
          ) : null}
          {can('USE_PLAYGROUND') ? (
            <QuickLink
              to="/graphiql"
              title={t('API playground')}
              text={t('Query the Portway GraphQL API with your session.')}
            />
          ) : null}
        </SimpleGrid>
      </section>
    </>
  );
}

function QuickLink({ to, title, text }: { to: string; title: string; text: string }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={6} align="flex-start">
        <Anchor component={Link} to={to} fw={700}>
          {title} →
        </Anchor>
        <Text size="sm" c="dimmed">
          {text}
        </Text>
      </Stack>
    </Card>
  );
}
