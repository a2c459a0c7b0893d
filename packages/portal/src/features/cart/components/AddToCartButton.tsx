import { Affix, Anchor, Button, Notification, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { cartPath } from '../cart-paths';
import { useAddToCart } from '../hooks/use-add-to-cart';

interface Notice {
  /** The button that showed it (only one notice shows at a time). */
  owner: string;
  tone: 'added' | 'refused';
  title: string;
  details: string[];
  cartId: string | null;
}

// The one notice on screen, shared by every add-to-cart button (a newer one replaces it).
let current: Notice | null = null;
const listeners = new Set<() => void>();
function show(notice: Notice | null) {
  current = notice;
  listeners.forEach((l) => l());
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface AddToCartButtonProps {
  sku: string;
  name: string;
  quantity: number;
  /** Why it cannot be added now (not orderable, price on request, a quantity breaking a rule). */
  disabledReason?: string | null;
  size?: 'xs' | 'sm' | 'md';
  fullWidth?: boolean;
}

/**
 * "Add to cart" for a product and quantity, with a notice linking to the cart (kept until closed or
 * replaced). When it cannot be added, the button is disabled and says why right below it.
 */
export function AddToCartButton({
  sku,
  name,
  quantity,
  disabledReason,
  size = 'md',
  fullWidth,
}: AddToCartButtonProps) {
  const { t } = useI18n();
  const { siteCode } = useShell();
  const { add, adding } = useAddToCart();
  const id = useId();
  const notice = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
  const [announcement, setAnnouncement] = useState('');
  const mine = notice?.owner === id ? notice : null;
  const reasonId = `${id}-reason`;

  async function onAdd() {
    const outcome = await add([{ sku, quantity }]);
    if (outcome.kind === 'refused') {
      const next: Notice = {
        owner: id,
        tone: 'refused',
        title: t('{name} was not added', { name }),
        details: [outcome.message],
        cartId: null,
      };
      show(next);
      setAnnouncement(`${next.title} ${outcome.message}`);
      return;
    }
    const added = outcome.addedCount > 0;
    const title = !added
      ? t('{name} was not added', { name })
      : outcome.ownerName
        ? t('Added {quantity} × {name} to {owner}’s cart', { quantity, name, owner: outcome.ownerName })
        : t('Added {quantity} × {name} to your cart', { quantity, name });
    const details = [
      ...outcome.rejected.map((r) =>
        r.suggestedQuantity
          ? `${r.message} ${t('Try {quantity}.', { quantity: r.suggestedQuantity })}`
          : r.message,
      ),
      ...outcome.warnings,
    ];
    show({
      owner: id,
      tone: added ? 'added' : 'refused',
      title,
      details,
      cartId: outcome.ownerName ? outcome.cartId : null,
    });
    setAnnouncement([title, ...details].join(' '));
  }

  return (
    <>
      <Stack gap={4} w={fullWidth ? '100%' : undefined}>
        <Button
          size={size}
          fullWidth={fullWidth}
          onClick={() => void onAdd()}
          loading={adding}
          disabled={!!disabledReason}
          aria-describedby={disabledReason ? reasonId : undefined}
        >
          {quantity > 1 ? t('Add {quantity} to cart', { quantity }) : t('Add to cart')}
        </Button>
        {disabledReason ? (
          <Text size="xs" c="dimmed" id={reasonId}>
            {disabledReason}
          </Text>
        ) : null}
      </Stack>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      {mine ? (
        <Affix
          position={{ bottom: 16, right: 16 }}
          zIndex={300}
          style={{ left: 16, maxWidth: 420, marginLeft: 'auto' }}
        >
          <Notification
            color={mine.tone === 'added' ? 'green' : 'red'}
            title={mine.title}
            onClose={() => show(null)}
            closeButtonProps={{ 'aria-label': t('Dismiss') }}
            withBorder
            // The live region above announces it; as an alert too it would be read twice.
            role="note"
          >
            <Stack gap={4}>
              {mine.details.map((detail, i) => (
                <Text size="sm" key={i}>
                  {detail}
                </Text>
              ))}
              {mine.tone === 'added' ? (
                <Anchor
                  component={Link}
                  to={cartPath(siteCode, mine.cartId)}
                  size="sm"
                  fw={600}
                  onClick={() => show(null)}
                >
                  {t('View cart')}
                </Anchor>
              ) : null}
            </Stack>
          </Notification>
        </Affix>
      ) : null}
    </>
  );
}
