import { useQuery } from '@apollo/client/react';
import { Card, Container, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
import { useBrand } from '../../../app/theme/BrandContext';
import { graphql } from '../../../gql';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../ui';

const SitePickerQuery = graphql(`
  query SitePicker {
    sites {
      id
      code
      name
      tagline
      theme {
        primaryColor
        logoUrl
      }
    }
  }
`);

/** `/`: every site on this deployment, each linking to its own sign-in page. */
export function SitePickerPage() {
  const { t, language } = useI18n();
  useBrand(null, language);
  const { data, loading, error, refetch } = useQuery(SitePickerQuery, { notifyOnNetworkStatusChange: true });
  return (
    <Container size="md" py={{ base: 'lg', sm: 60 }} component="main">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>Portway</Title>
          <Text c="dimmed">{t('Choose your supplier’s portal to sign in.')}</Text>
        </Stack>
        {data ? (
          data.sites.length === 0 ? (
            <EmptyState
              title={t('No sites yet')}
              description={t('This Portway deployment has no sites configured.')}
            />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              {data.sites.map((site) => (
                <Card
                  key={site.id}
                  component={Link}
                  to={`/${site.code}/sign-in`}
                  withBorder
                  radius="md"
                  padding="lg"
                  shadow="xs"
                  style={{ borderTop: `6px solid ${site.theme.primaryColor}` }}
                >
                  <Group wrap="nowrap" align="center" gap="md">
                    <Image src={site.theme.logoUrl} alt="" w={64} h={64} fit="contain" />
                    <Stack gap={2}>
                      <Title order={2} fz="lg">
                        {site.name}
                      </Title>
                      <Text size="sm" c="dimmed">
                        {site.tagline}
                      </Text>
                      <Text size="sm" c="brand.8" fw={600} mt={4}>
                        {t('Sign in')} →
                      </Text>
                    </Stack>
                  </Group>
                </Card>
              ))}
            </SimpleGrid>
          )
        ) : error ? (
          <ErrorState
            title={t('We couldn’t load the list of sites')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : (
          <LoadingSkeleton variant="cards" count={2} label={t('Loading sites…')} />
        )}
      </Stack>
    </Container>
  );
}
