import { Alert, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { checkoutPath } from '../cart-paths';
import { useCartActionsContext } from '../hooks/use-cart-actions';
import { CartBlockers } from './CartBlockers';
import { CartLineItem, type GroupChoice } from './CartLineItem';
import { CartOffers } from './CartOffers';
import { CartTotals } from './CartTotals';
import { CouponCodes } from './CouponCodes';
import { DeliveryGroupCard, type AccountAddress } from './DeliveryGroupCard';
import { PaymentOptionsPreview } from './PaymentOptionsPreview';

export const CartViewFragment = graphql(`
  fragment CartView_cart on Cart {
    id
    version
    status
    name
    owner {
      name
      sellerSide
      isViewer
    }
    blockers
    lines {
      id
      deliveryGroupId
      ...CartLineItem_line
    }
    deliveryGroups {
      id
      address {
        id
        label
        text
      }
      ...DeliveryGroupCard_group
    }
    ...CartTotals_cart
    ...PaymentOptionsPreview_cart
    ...CouponCodes_cart
    ...CartOffers_cart
  }
`);

/**
 * A cart with lines: delivery groups with their lines, coupon codes, offers, and the summary (totals,
 * payment options, what blocks ordering, checkout). The page around it provides the cart's actions.
 */
export function CartView({
  siteCode,
  cart: ref,
  addresses,
  sellerSide,
  onSaveAs,
}: {
  siteCode: string;
  cart: FragmentType<typeof CartViewFragment>;
  addresses: readonly AccountAddress[];
  sellerSide: boolean;
  /** Opens "Save cart as…"; absent when the viewer may not save this cart. */
  onSaveAs?: () => void;
}) {
  const t = useT();
  const cart = useFragment(CartViewFragment, ref);
  const actions = useCartActionsContext();
  const [adding, setAdding] = useState(false);
  const [addProblem, setAddProblem] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');

  const choices: GroupChoice[] = cart.deliveryGroups.map((g, i) => ({
    id: g.id,
    label: g.address
      ? t('Delivery {number} · {place}', { number: i + 1, place: g.address.label })
      : t('Delivery {number}', { number: i + 1 }),
  }));
  const known = new Set(cart.deliveryGroups.map((g) => g.id));
  const ungrouped = cart.lines.filter((l) => !l.deliveryGroupId || !known.has(l.deliveryGroupId));

  async function addGroup() {
    setAdding(true);
    setAddProblem(null);
    // The next store not shipped to yet; the server dates it the earliest standard delivery day.
    const used = new Set(cart.deliveryGroups.map((g) => g.address?.id));
    const address = addresses.find((a) => !used.has(a.id)) ?? addresses[0];
    const outcome = await actions.saveGroup({
      addressId: address?.id ?? null,
      desiredDate: null,
      shippingMethod: 'STANDARD',
    });
    setAdding(false);
    if (outcome.kind === 'invalid') setAddProblem(outcome.problems.map((p) => p.message).join(' '));
    else if (outcome.kind === 'failed') setAddProblem(outcome.message);
    else if (outcome.kind === 'updated') {
      const number = cart.deliveryGroups.length + 1;
      setAnnounce(
        t(
          'Delivery {number} added for the earliest date: change it if needed, then move or split lines into it.',
          {
            number,
          },
        ),
      );
      // Focus the new group's heading once it renders.
      requestAnimationFrame(() => {
        const headings = document.querySelectorAll<HTMLElement>('[data-delivery-heading]');
        headings[headings.length - 1]?.focus();
      });
    }
  }

  const blockersId = `cart-blockers-${cart.id}`;
  const ready = cart.blockers.length === 0 && !actions.busy;
  const otherCart = cart.owner.isViewer ? null : cart.id;
  const ownActive = cart.owner.isViewer && cart.status === 'ACTIVE';

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">
          {cart.deliveryGroups.map((group, i) => {
            const lines = cart.lines.filter((l) => l.deliveryGroupId === group.id);
            return (
              <DeliveryGroupCard
                key={group.id}
                group={group}
                index={i + 1}
                addresses={addresses}
                canRemove={cart.deliveryGroups.length > 1}
              >
                {lines.length ? (
                  <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {lines.map((line) => (
                      <CartLineItem key={line.id} siteCode={siteCode} line={line} groups={choices} />
                    ))}
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('No lines yet: move or split lines into this delivery.')}
                  </Text>
                )}
              </DeliveryGroupCard>
            );
          })}
          {ungrouped.length ? (
            <Card withBorder radius="md" padding="md" component="section" aria-labelledby="cart-ungrouped">
              <Title order={2} fz="lg" id="cart-ungrouped" mb="sm">
                {t('Not in a delivery group')}
              </Title>
              <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {ungrouped.map((line) => (
                  <CartLineItem key={line.id} siteCode={siteCode} line={line} groups={choices} />
                ))}
              </Stack>
            </Card>
          ) : null}

          <Group gap="sm" align="center" wrap="wrap">
            <Button variant="light" onClick={() => void addGroup()} loading={adding}>
              {t('Add a delivery group')}
            </Button>
            <Text size="sm" c="dimmed" style={{ flex: '1 1 240px' }}>
              {cart.deliveryGroups.length < 2
                ? t(
                    'Ship part of the order to another store or on another date, then move or split lines into it.',
                  )
                : t('Use “Move to…” or “Split…” on a line to change where it ships.')}
            </Text>
          </Group>
          {addProblem ? (
            <Text size="sm" c="red.8" role="alert">
              {addProblem}
            </Text>
          ) : null}
          <div aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden' }}>
            {announce}
          </div>

          <Card withBorder radius="md" padding="md">
            <CouponCodes cart={cart} />
          </Card>
          {sellerSide || cart.lines.length ? <CartOffers cart={cart} sellerSide={sellerSide} /> : null}
        </Stack>
      </Grid.Col>

      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card
          withBorder
          radius="md"
          padding="md"
          component="section"
          aria-labelledby="cart-summary"
          style={{ position: 'sticky', top: 80 }}
        >
          <Stack gap="md">
            <Title order={2} fz="lg" id="cart-summary">
              {t('Summary')}
            </Title>
            <CartTotals cart={cart} />
            <PaymentOptionsPreview cart={cart} />
            <CartBlockers blockers={cart.blockers} id={blockersId} />
            {ready ? (
              <Button
                component={Link}
                to={checkoutPath(siteCode, ownActive ? null : cart.id)}
                size="md"
                fullWidth
              >
                {t('Check out')}
              </Button>
            ) : (
              <Button
                size="md"
                fullWidth
                disabled
                aria-describedby={cart.blockers.length ? blockersId : undefined}
              >
                {t('Check out')}
              </Button>
            )}
            {onSaveAs ? (
              <Button variant="default" onClick={onSaveAs} fullWidth>
                {t('Save cart as…')}
              </Button>
            ) : null}
            {otherCart && !cart.owner.isViewer ? (
              <Alert color="blue" variant="light" p="xs">
                <Text size="xs">
                  {t('Items you add from the catalog or quick order go to {name}’s cart.', {
                    name: cart.owner.name,
                  })}
                </Text>
              </Alert>
            ) : null}
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
