import { NativeSelect } from '@mantine/core';
import { useI18n, type I18n } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { CartSwitcher_CartFragment } from '../../../gql/graphql';

export const CartSwitcherFragment = graphql(`
  fragment CartSwitcher_cart on CartSummary {
    id
    name
    status
    lineCount
    unitCount
    updatedAt
    owner {
      name
      sellerSide
      isViewer
    }
  }
`);

/** A cart in words: "Your cart · 3 lines", "Saved: Weekly restock · 12 lines", "Maya Chen’s cart · 2 lines". */
export function cartChoiceLabel(cart: CartSwitcher_CartFragment, { t, plural }: I18n): string {
  const lines = plural(
    cart.lineCount,
    t('{count} line', { count: cart.lineCount }),
    t('{count} lines', { count: cart.lineCount }),
  );
  const whose = cart.owner.isViewer
    ? cart.status === 'ACTIVE'
      ? t('Your cart')
      : t('Saved: {name}', { name: cart.name ?? '' })
    : cart.status === 'ACTIVE'
      ? t('{name}’s cart', { name: cart.owner.name })
      : t('{owner}’s saved cart: {name}', { owner: cart.owner.name, name: cart.name ?? '' });
  return `${whose} · ${lines}`;
}

/**
 * Switches between the account's carts: the viewer's active cart, their saved carts and — for the
 * seller's people — the buyers' carts, to shop on their behalf.
 */
export function CartSwitcher({
  carts: refs,
  currentId,
  onChoose,
}: {
  carts: ReadonlyArray<FragmentType<typeof CartSwitcherFragment>>;
  /** The cart on screen; null when the viewer has no active cart yet. */
  currentId: string | null;
  /** A cart chosen (null: the viewer's own active cart, even when it does not exist yet). */
  onChoose: (cart: CartSwitcher_CartFragment | null) => void;
}) {
  const i18n = useI18n();
  const carts = useFragment(CartSwitcherFragment, refs);
  const ownActive = carts.find((c) => c.owner.isViewer && c.status === 'ACTIVE');
  if (carts.length === 0 || (carts.length === 1 && ownActive && currentId === ownActive.id)) return null;
  return (
    <NativeSelect
      label={i18n.t('Carts')}
      value={currentId ?? ''}
      onChange={(e) => onChoose(carts.find((c) => c.id === e.currentTarget.value) ?? null)}
      data={[
        ...(ownActive ? [] : [{ value: '', label: i18n.t('Your cart (empty)') }]),
        ...carts.map((c) => ({ value: c.id, label: cartChoiceLabel(c, i18n) })),
      ]}
      w={{ base: '100%', xs: 320 }}
    />
  );
}
