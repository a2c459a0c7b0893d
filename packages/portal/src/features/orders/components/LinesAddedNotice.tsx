import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { cartPath } from '../../cart/cart-paths';
import { RejectedLines } from '../../cart/components/RejectedLines';
import type { LinesAddedOutcome } from '../hooks/use-reorder';

/**
 * What "Reorder" (or "Add to cart" from a list) did: how many lines went into the cart, with a link to
 * it, the warnings (changed prices, backorders) and the lines that could not be added, with why.
 */
export function LinesAddedNotice({
  siteCode,
  outcome,
  onClose,
}: {
  siteCode: string;
  outcome: LinesAddedOutcome;
  onClose: () => void;
}) {
  const { t, plural } = useI18n();
  if (outcome.kind === 'refused') {
    return (
      <Alert
        color="red"
        variant="light"
        role="alert"
        mb="lg"
        title={t('Nothing was added to the cart')}
        withCloseButton
        closeButtonLabel={t('Dismiss')}
        onClose={onClose}
      >
        {outcome.message}
      </Alert>
    );
  }
  const { addedCount: count, ownerName } = outcome;
  const title =
    count === 0
      ? t('Nothing was added to the cart')
      : ownerName
        ? plural(
            count,
            t('{count} line added to {name}’s cart', { count, name: ownerName }),
            t('{count} lines added to {name}’s cart', { count, name: ownerName }),
          )
        : plural(
            count,
            t('{count} line added to the cart', { count }),
            t('{count} lines added to the cart', { count }),
          );
  return (
    <Alert
      color={count === 0 ? 'red' : outcome.rejected.length ? 'yellow' : 'green'}
      variant="light"
      role="status"
      mb="lg"
      title={title}
      withCloseButton
      closeButtonLabel={t('Dismiss')}
      onClose={onClose}
    >
      <Stack gap="sm">
        {outcome.warnings.length ? (
          <List size="sm" spacing={2}>
            {outcome.warnings.map((warning, i) => (
              <List.Item key={i}>{warning}</List.Item>
            ))}
          </List>
        ) : null}
        {outcome.rejected.length ? (
          <RejectedLines rejected={outcome.rejected} onAdded={() => undefined} />
        ) : null}
        {count > 0 ? (
          <Text size="sm">
            <Anchor component={Link} to={cartPath(siteCode, ownerName ? outcome.cartId : null)} fw={600}>
              {t('Go to the cart')}
            </Anchor>
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
