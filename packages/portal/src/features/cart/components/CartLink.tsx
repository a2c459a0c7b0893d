import { Badge, Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';

function CartIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <circle cx="9" cy="20" r="1.5" />
      <circle cx="18" cy="20" r="1.5" />
      <path
        d="M2 3h3l2.6 12.2a2 2 0 0 0 2 1.6h8.2a2 2 0 0 0 2-1.5L22 7H6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * The header's cart link: an icon with the number of lines once known (null while loading). No GraphQL
 * here — this file ships with every page; CartIndicator loads the count in its own chunk.
 */
export function CartLink({ to, lineCount }: { to: string; lineCount: number | null }) {
  const { t, plural } = useI18n();
  const label =
    lineCount === null
      ? t('Cart')
      : plural(
          lineCount,
          t('Cart, {count} line', { count: lineCount }),
          t('Cart, {count} lines', { count: lineCount }),
        );
  return (
    <Button
      component={Link}
      to={to}
      variant="subtle"
      color="dark"
      px={8}
      aria-label={label}
      leftSection={<CartIcon />}
      rightSection={
        lineCount ? (
          <Badge size="sm" circle={lineCount < 10} color="accent" variant="filled">
            {lineCount}
          </Badge>
        ) : undefined
      }
    >
      <Text span inherit visibleFrom="sm">
        {t('Cart')}
      </Text>
    </Button>
  );
}
