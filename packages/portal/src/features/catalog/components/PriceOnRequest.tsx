import { Text } from '@mantine/core';
import { useT } from '../../../app/i18n';

/**
 * What to show where a price would be when there is none: "Price on request" when the viewer may not
 * see prices, else there is simply no price in their currency.
 */
export function NoPrice({
  canSeePrice,
  currency,
  size,
}: {
  canSeePrice: boolean;
  currency: string;
  size?: string;
}) {
  const t = useT();
  return (
    <Text
      span
      size={size ?? 'sm'}
      c={canSeePrice ? 'dimmed' : undefined}
      fw={canSeePrice ? undefined : 600}
      display="block"
    >
      {canSeePrice ? t('No price in {currency}', { currency }) : t('Price on request')}
    </Text>
  );
}
