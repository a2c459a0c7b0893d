import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';

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
  title,
  message,
  homeHref = '/',
  homeLabel,
  standalone = true,
}: NotFoundPageProps) {
  const t = useT();
  const body = (
    <Stack align="flex-start" gap="md" py="xl">
      <Text c="dimmed" fw={700} size="sm">
        404
      </Text>
      <Title order={1}>{title ?? t('Page not found')}</Title>
      <Text>{message ?? t('The page you asked for doesn’t exist or has moved.')}</Text>
      <Button component={Link} to={homeHref}>
        {homeLabel ?? t('Go to the start page')}
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
