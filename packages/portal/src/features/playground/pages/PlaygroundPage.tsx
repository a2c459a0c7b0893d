import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { Alert, Anchor, Box, Group, Text, Title } from '@mantine/core';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { useMemo } from 'react';
import { Link } from 'react-router';
import schemaSdl from '../../../../../schema/schema.graphql?raw';
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
  if (loading)
    return (
      <Text size="sm" c="dimmed">
        Checking your session…
      </Text>
    );
  const viewer = data?.viewer;
  if (!viewer) {
    return (
      <Text size="sm" c="dimmed">
        Not signed in:{' '}
        <Anchor component={Link} to="/">
          sign in to the portal
        </Anchor>
        , or run the <code>signIn</code> mutation here.
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      Signed in to {viewer.site.name} as {viewer.user.name}
      {viewer.effectiveAccount ? `, acting for ${viewer.effectiveAccount.name}` : ''}.
    </Text>
  );
}

const defaultQuery = `# Runs with your portal session (see the line above the editor).
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
  useBrand(null);
  const schema = useMemo(() => buildSchema(schemaSdl), []);
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
            Portway API playground
          </Title>
          <SessionLine />
        </Group>
        <Anchor component={Link} to="/" size="sm">
          Back to Portway
        </Anchor>
      </Group>
      <Alert variant="light" color="gray" py={6} radius={0} aria-label="About the playground">
        <Text size="xs">
          Requests go to <code>/graphql</code> with your session cookie. Everything you run here acts as you —
          mutations included.
        </Text>
      </Alert>
      <Box component="main" style={{ flex: 1, minHeight: 0 }}>
        <GraphiQL
          fetcher={graphqlFetcher}
          schema={schema}
          defaultQuery={defaultQuery}
          initialQuery={defaultQuery}
        />
      </Box>
    </Box>
  );
}
