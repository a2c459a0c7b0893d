import { Group, List, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Money } from '../../../ui';

export const PaymentOptionsPreviewFragment = graphql(`
  fragment PaymentOptionsPreview_cart on Cart {
    paymentOptions {
      purchaseOrder {
        allowed
        termsDays
        reason
      }
      card
      availableCredit {
        amount
        currency
      }
    }
  }
`);

/** How this cart may be paid: a purchase order on terms (or why not), card, and the credit available. */
export function PaymentOptionsPreview({
  cart: ref,
}: {
  cart: FragmentType<typeof PaymentOptionsPreviewFragment>;
}) {
  const t = useT();
  const { paymentOptions: options } = useFragment(PaymentOptionsPreviewFragment, ref);
  const po = options.purchaseOrder;
  return (
    <Stack gap={6} component="section" aria-labelledby="cart-payment-options">
      <Title order={3} fz="sm" id="cart-payment-options">
        {t('Payment options')}
      </Title>
      <List size="sm" spacing={4}>
        <List.Item>
          {po.allowed ? (
            <Text size="sm" span>
              {t('Purchase order on Net {days} terms', { days: po.termsDays ?? 30 })}
            </Text>
          ) : (
            <Text size="sm" span>
              {t('No purchase order: {reason}', { reason: po.reason ?? '' })}
            </Text>
          )}
        </List.Item>
        {options.card ? <List.Item>{t('Card')}</List.Item> : null}
      </List>
      {options.availableCredit ? (
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            {t('Available credit')}
          </Text>
          <Text size="sm" fw={600}>
            <Money value={options.availableCredit} />
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
