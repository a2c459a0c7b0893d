import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export interface NotFoundPageProps {
  title?: string;
  message?: string;
  homeHref?: string;
  homeLabel?: string;
  /** False when rendered inside the signed-in shell, which already has a <main>. */
  standalone?: boolean;
}

/** Shown for unknown URLs (and unknown sites). */
export function NotFoundPage({
  title = 'Page not found',
  message = 'The page you asked for doesn’t exist or has moved.',
  homeHref = '/',
  homeLabel = 'Go to the start page',
  standalone = true,
}: NotFoundPageProps) {
  const body = (
    <Stack align="flex-start" gap="md" py="xl">
      <Text c="dimmed" fw={700} size="sm">
        404
      </Text>
      <Title order={1}>{title}</Title>
      <Text>{message}</Text>
      <Button component={Link} to={homeHref}>
        {homeLabel}
      </Button>
    </Stack>
  );
  if (!standalone) return body;
  return (
    <Container size="sm" component="main">
      {body}
    </Container>
  );
}
