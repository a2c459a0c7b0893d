import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { Alert, Anchor, Box, Group, Text, Title } from '@mantine/core';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import schemaSdl from '../../../../../schema/schema.graphql?raw';
import { useI18n, useT, withNodes, type TFunction } from '../../../app/i18n';
import { useBrand } from '../../../app/theme/BrandContext';
import { graphqlFetcher } from '../components/fetcher';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

const PlaygroundViewerQuery = graphql(`
  query PlaygroundViewer {
    viewer {
      user {
        name
      }
      site {
        name
        code
      }
      effectiveAccount {
        name
      }
    }
  }
`);

/** Who the playground's requests act as, so nobody runs a mutation as someone they did not expect. */
function SessionLine() {
  const { data, loading } = useQuery(PlaygroundViewerQuery, { fetchPolicy: 'network-only' });
  const t = useT();
  if (loading)
    return (
      <Text size="sm" c="dimmed">
        {t('Checking your session…')}
      </Text>
    );
  const viewer = data?.viewer;
  if (!viewer) {
    return (
      <Text size="sm" c="dimmed">
        {withNodes(t('Not signed in: {signInLink}, or run the {mutation} mutation here.'), {
          signInLink: (
            <Anchor component={Link} to="/">
              {t('sign in to the portal')}
            </Anchor>
          ),
          mutation: <code>signIn</code>,
        })}
      </Text>
    );
  }
  const names = { site: viewer.site.name, user: viewer.user.name };
  return (
    <Text size="sm" c="dimmed">
      {viewer.effectiveAccount
        ? t('Signed in to {site} as {user}, acting for {account}.', {
            ...names,
            account: viewer.effectiveAccount.name,
          })
        : t('Signed in to {site} as {user}.', names)}
    </Text>
  );
}

const defaultQuery = (
  t: TFunction,
) => `# ${t('Runs with your portal session (see the line above the editor).')}
query Me {
  viewer {
    user {
      name
    }
    effectiveAccount {
      name
    }
  }
}
`;

/**
 * `/graphiql`: GraphiQL bundled locally (no CDN). The schema is built from the committed SDL, so
 * docs and autocompletion work even where the server has introspection turned off.
 */
export function PlaygroundPage() {
  const { t, language } = useI18n();
  useBrand(null, language);
  const schema = useMemo(() => buildSchema(schemaSdl), []);
  const [query] = useState(() => defaultQuery(t));
  return (
    <Box style={{ display: 'flex', flexDirection: 'column', height: '100dvh' }}>
      <Group
        component="header"
        justify="space-between"
        px="md"
        py={8}
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        wrap="wrap"
        gap="xs"
      >
        <Group gap="sm">
          <Title order={1} fz="lg">
            {t('Portway API playground')}
          </Title>
          <SessionLine />
        </Group>
        <Anchor component={Link} to="/" size="sm">
          {t('Back to Portway')}
        </Anchor>
      </Group>
      <Alert variant="light" color="gray" py={6} radius={0} aria-label={t('About the playground')}>
        <Text size="xs">
          {withNodes(
            t(
              'Requests go to {endpoint} with your session cookie. Everything you run here acts as you — mutations included.',
            ),
            { endpoint: <code>/graphql</code> },
          )}
        </Text>
      </Alert>
      <Box component="main" style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL fetcher={graphqlFetcher} schema={schema} defaultQuery={query} initialQuery={query} />
      </Box>
    </Box>
  );
}
