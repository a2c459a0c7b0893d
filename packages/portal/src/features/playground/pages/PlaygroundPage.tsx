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

const defaultQuery = `# Sign in to the portal first; the playground uses your session.
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
          <Text size="sm" c="dimmed">
            Sign in to the portal first; the playground uses your session.
          </Text>
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
