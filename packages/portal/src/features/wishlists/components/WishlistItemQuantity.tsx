import { Loader, NumberInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n';
import { useFormat } from '../../catalog/components/format';
import type { ListOutcome } from '../hooks/use-wishlists';
import { MAX_WISHLIST_QUANTITY, wishlistQuantityProblem } from './wishlist-quantity';

/** How long typing pauses before the quantity is saved (as in the cart). */
const QUANTITY_PAUSE_MS = 600;

/**
 * An item's quantity on a list, edited in place: saved once typing pauses, when it is a whole number from
 * 1 to 1,000,000 (explained inline otherwise, not corrected). A refusal from the server shows at the field.
 */
export function WishlistItemQuantity({
  productName,
  quantity,
  onSave,
}: {
  productName: string;
  quantity: number;
  onSave: (quantity: number) => Promise<ListOutcome>;
}) {
  const t = useT();
  const { number } = useFormat();
  // The quantity as typed; the item's quantity from the server replaces it when it changes there.
  const [typed, setTyped] = useState<number | ''>(quantity);
  const [shown, setShown] = useState(quantity);
  if (shown !== quantity) {
    setShown(quantity);
    setTyped(quantity);
  }
  const [settled] = useDebouncedValue(typed, QUANTITY_PAUSE_MS);
  const [saving, setSaving] = useState(false);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const problem = wishlistQuantityProblem(typed);

  useEffect(() => {
    if (settled === '' || settled === quantity || wishlistQuantityProblem(settled)) return;
    setSaving(true);
    setServerProblem(null);
    void onSave(settled).then((outcome) => {
      setSaving(false);
      if (outcome.kind !== 'saved') setServerProblem(outcome.message);
    });
    // Only when the typed quantity settles.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  const error =
    problem === 'empty'
      ? t('Enter a quantity.')
      : problem === 'range'
        ? t('Enter a whole number from 1 to {max}.', { max: number(MAX_WISHLIST_QUANTITY) })
        : (serverProblem ?? undefined);

  return (
    <NumberInput
      aria-label={t('Quantity of {name}', { name: productName })}
      value={typed}
      onChange={(next) => {
        setServerProblem(null);
        const n = typeof next === 'number' ? next : next === '' ? '' : Number(next);
        setTyped(n === '' || Number.isNaN(n) ? '' : n);
      }}
      min={1}
      max={MAX_WISHLIST_QUANTITY}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      inputMode="numeric"
      size="sm"
      w={{ base: 100, sm: 120 }}
      ml="auto"
      error={error}
      rightSection={saving ? <Loader size={14} aria-label={t('Saving…')} /> : undefined}
    />
  );
}
