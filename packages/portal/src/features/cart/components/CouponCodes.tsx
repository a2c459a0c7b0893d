import { Badge, Button, CloseButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { problemAt, useCartActionsContext } from '../hooks/use-cart-actions';

export const CouponCodesFragment = graphql(`
  fragment CouponCodes_cart on Cart {
    id
    couponCodes
  }
`);

/** Coupon codes of the cart: add one, remove one. A code matching a promotion lowers the line prices. */
export function CouponCodes({ cart: ref }: { cart: FragmentType<typeof CouponCodesFragment> }) {
  const t = useT();
  const cart = useFragment(CouponCodesFragment, ref);
  const actions = useCartActionsContext();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(codes: string[]) {
    setSaving(true);
    setProblem(null);
    const outcome = await actions.setCoupons(codes);
    setSaving(false);
    if (outcome.kind === 'invalid')
      setProblem(problemAt(outcome.problems, 'codes') ?? outcome.problems[0]?.message ?? null);
    else if (outcome.kind === 'failed') setProblem(outcome.message);
    return outcome.kind === 'updated';
  }

  async function add() {
    const next = code.trim().toUpperCase();
    if (!next) {
      setProblem(t('Enter a coupon code.'));
      return;
    }
    if (cart.couponCodes.includes(next)) {
      setCode('');
      return;
    }
    if (await save([...cart.couponCodes, next])) setCode('');
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="cart-coupons">
      <Title order={2} fz="md" id="cart-coupons">
        {t('Coupon codes')}
      </Title>
      {cart.couponCodes.length ? (
        <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {cart.couponCodes.map((c) => (
            <li key={c}>
              <Badge
                variant="light"
                size="lg"
                radius="sm"
                tt="none"
                rightSection={
                  <CloseButton
                    size="xs"
                    aria-label={t('Remove coupon {code}', { code: c })}
                    onClick={() => void save(cart.couponCodes.filter((x) => x !== c))}
                    disabled={saving}
                  />
                }
              >
                {c}
              </Badge>
            </li>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('No coupon codes.')}
        </Text>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label={t('Coupon code')}
            value={code}
            onChange={(e) => {
              setProblem(null);
              setCode(e.currentTarget.value);
            }}
            maxLength={30}
            autoCapitalize="characters"
            error={problem ?? undefined}
            style={{ flex: '1 1 auto', maxWidth: 280 }}
          />
          <Button type="submit" variant="default" mt={25} loading={saving}>
            {t('Apply')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
