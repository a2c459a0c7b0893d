import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { CartPageQuery as CartPageData } from '../../../gql/graphql';
import { EmptyState, ErrorState, LoadingSkeleton, PageHeader } from '../../../ui';
import { NoAccountNotice } from '../components/NoAccountNotice';
import { cartPath, quickOrderPath } from '../cart-paths';
import { CartSwitcher } from '../components/CartSwitcher';
import { CartView } from '../components/CartView';
import { SaveCartDialog } from '../components/SaveCartDialog';
import { CartActionsContext, useCartActions } from '../hooks/use-cart-actions';
import { setWorkingCart, useWorkingCartId } from '../hooks/working-cart';

const CartPageQuery = graphql(`
  query CartPage($id: ID) {
    cart(id: $id) {
      id
      version
      status
      name
      owner {
        name
        sellerSide
        isViewer
      }
      lines {
        id
      }
      ...CartView_cart
    }
    carts {
      id
      ...CartSwitcher_cart
    }
    viewer {
      isSellerSide
      effectiveAccount {
        id
        shipToAddresses(first: 100) {
          edges {
            node {
              id
              label
              city
              region
            }
          }
        }
      }
    }
  }
`);

type Cart = NonNullable<CartPageData['cart']>;

/**
 * `/:siteCode/cart[?cart=<id>]`: the viewer's active cart, or another cart of the account (a saved one;
 * for the seller's people, a buyer's cart to shop on their behalf). A sales rep who opens a buyer's cart
 * keeps working on it (catalog, quick order, header) until they switch back.
 */
export function CartPage() {
  const { t } = useI18n();
  const { siteCode, viewer } = useShell();
  const accountId = viewer.effectiveAccount?.id ?? null;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const working = useWorkingCartId(accountId);
  const requested = params.get('cart') || working || null;
  const [notice, setNotice] = useState<string | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(CartPageQuery, {
    variables: { id: requested },
    skip: !accountId,
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? (loading ? previousData : undefined);
  const cart = shown?.cart ?? null;

  // Opening a buyer's active cart makes it the one worked on; the viewer's own active cart ends that.
  useEffect(() => {
    if (!data) return;
    const c = data.cart;
    if (!c) {
      if (requested && requested === working) setWorkingCart(accountId, null);
    } else if (c.status === 'ACTIVE') setWorkingCart(accountId, c.owner.isViewer ? null : c.id);
  }, [data, requested, working, accountId]);

  if (!accountId) {
    return (
      <>
        <PageHeader title={t('Cart')} />
        <NoAccountNotice />
      </>
    );
  }

  const title = !cart
    ? t('Your cart')
    : !cart.owner.isViewer
      ? t('{name}’s cart', { name: cart.owner.name })
      : cart.status === 'SAVED'
        ? t('Saved cart: {name}', { name: cart.name ?? '' })
        : t('Your cart');

  function choose(next: { id: string; status: string; owner: { isViewer: boolean } } | null) {
    setNotice(null);
    if (!next || (next.owner.isViewer && next.status === 'ACTIVE')) {
      setWorkingCart(accountId, null);
      navigate(cartPath(siteCode, next?.id ?? null));
    } else navigate(cartPath(siteCode, next.id));
  }

  const switcher = shown?.carts.length ? (
    <CartSwitcher carts={shown.carts} currentId={cart?.id ?? null} onChoose={choose} />
  ) : null;

  if (!shown) {
    return (
      <>
        <PageHeader title={title} actions={switcher} />
        {error ? (
          <ErrorState
            title={t('We couldn’t load the cart')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : (
          <LoadingSkeleton label={t('Loading the cart…')} count={10} />
        )}
      </>
    );
  }

  const addresses = shown.viewer?.effectiveAccount?.shipToAddresses.edges.map((e) => e.node) ?? [];
  const sellerSide = !!shown.viewer?.isSellerSide;

  return (
    <>
      <PageHeader title={title} actions={switcher} />
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <div aria-live="polite">
        {notice ? (
          <Alert
            color="green"
            variant="light"
            mb="md"
            withCloseButton
            closeButtonLabel={t('Dismiss')}
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        ) : null}
      </div>
      {!cart && requested ? (
        <EmptyState
          title={t('This cart is no longer available')}
          description={t('It may have been ordered or deleted.')}
          action={
            <Button variant="light" onClick={() => choose(null)}>
              {t('Go to your cart')}
            </Button>
          }
        />
      ) : cart ? (
        <CartWithActions
          key={cart.id}
          cart={cart}
          siteCode={siteCode}
          addresses={addresses}
          sellerSide={sellerSide}
          onNotice={setNotice}
          onGone={() => choose(null)}
        />
      ) : (
        <EmptyCart siteCode={siteCode} />
      )}
    </>
  );
}

function EmptyCart({ siteCode }: { siteCode: string }) {
  const t = useT();
  return (
    <EmptyState
      title={t('Your cart is empty')}
      description={t('Add products from the catalog, or paste a list of SKUs and quantities in quick order.')}
      action={
        <Group gap="sm" justify="center">
          <Button component={Link} to={`/${siteCode}/catalog`}>
            {t('Browse the catalog')}
          </Button>
          <Button component={Link} to={quickOrderPath(siteCode)} variant="light">
            {t('Quick order')}
          </Button>
        </Group>
      }
    />
  );
}

/** The cart with its actions (one queue of changes per cart), the saved-cart and on-behalf notes. */
function CartWithActions({
  cart,
  siteCode,
  addresses,
  sellerSide,
  onNotice,
  onGone,
}: {
  cart: Cart;
  siteCode: string;
  addresses: ReadonlyArray<{ id: string; label: string; city: string; region: string }>;
  sellerSide: boolean;
  onNotice: (message: string | null) => void;
  onGone: () => void;
}) {
  const { t } = useI18n();
  const actions = useCartActions(cart);
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState<'activate' | 'delete' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const navigate = useNavigate();
  const mayDelete = cart.owner.isViewer || sellerSide;

  async function activate() {
    setBusy('activate');
    setProblem(null);
    const outcome = await actions.activate();
    setBusy(null);
    if (outcome.kind === 'updated') {
      onNotice(t('This is now your active cart.'));
      navigate(cartPath(siteCode, null));
    } else if (outcome.kind === 'invalid') setProblem(outcome.problems.map((p) => p.message).join(' '));
    else if (outcome.kind === 'failed') setProblem(outcome.message);
  }

  async function remove() {
    setBusy('delete');
    setProblem(null);
    try {
      const deleted = await actions.deleteCart();
      setConfirmDelete(false);
      if (deleted) {
        onNotice(t('The cart was deleted.'));
        onGone();
      } else setProblem(t('This cart could not be deleted; it may have been ordered already.'));
    } catch (error) {
      setProblem(describeError(error, t));
    } finally {
      setBusy(null);
    }
  }

  const deleteControls = mayDelete ? (
    confirmDelete ? (
      <Group gap="xs">
        <Text size="sm">{t('Delete this cart and its lines?')}</Text>
        <Button size="xs" color="red" onClick={() => void remove()} loading={busy === 'delete'}>
          {t('Delete cart')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setConfirmDelete(false)}>
          {t('Cancel')}
        </Button>
      </Group>
    ) : (
      <Button size="xs" variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
        {t('Delete cart…')}
      </Button>
    )
  ) : null;

  return (
    <CartActionsContext.Provider value={actions}>
      <Stack gap="md">
        {actions.changedMeanwhile ? (
          <Alert
            color="yellow"
            variant="light"
            role="alert"
            title={t('This cart was changed meanwhile')}
            withCloseButton
            closeButtonLabel={t('Dismiss')}
            onClose={actions.dismissChanged}
          >
            {t(
              'Someone else changed it (the buyer or their sales rep). Here it is as it is now; check it and make your change again.',
            )}
          </Alert>
        ) : null}
        {!cart.owner.isViewer ? (
          <Alert color="blue" variant="light" title={t('Shopping for {name}', { name: cart.owner.name })}>
            <Stack gap="xs">
              <Text size="sm">
                {t('You are working on {name}’s cart; they see your changes in their cart.', {
                  name: cart.owner.name,
                })}
              </Text>
              <Group gap="sm">
                <Button size="xs" variant="outline" onClick={onGone}>
                  {t('Back to your own cart')}
                </Button>
                {deleteControls}
              </Group>
            </Stack>
          </Alert>
        ) : cart.status === 'SAVED' ? (
          <Alert color="gray" variant="light" title={t('Saved cart')}>
            <Stack gap="xs">
              <Text size="sm">
                {t('Make it your active cart to add items to it, or check it out as it is.')}
              </Text>
              <Group gap="sm">
                <Button size="xs" onClick={() => void activate()} loading={busy === 'activate'}>
                  {t('Make it the active cart')}
                </Button>
                {deleteControls}
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {problem ? (
          <Text size="sm" c="red.8" role="alert">
            {problem}
          </Text>
        ) : null}
        {cart.lines.length === 0 ? (
          <>
            <EmptyCart siteCode={siteCode} />
            {cart.owner.isViewer && cart.status === 'ACTIVE' ? (
              <Group justify="center">{deleteControls}</Group>
            ) : null}
          </>
        ) : (
          <>
            <CartView
              siteCode={siteCode}
              cart={cart}
              addresses={addresses}
              sellerSide={sellerSide}
              onSaveAs={cart.owner.isViewer && cart.status === 'ACTIVE' ? () => setSaving(true) : undefined}
            />
            {cart.owner.isViewer && cart.status === 'ACTIVE' ? (
              <Group justify="flex-start">{deleteControls}</Group>
            ) : null}
          </>
        )}
      </Stack>
      {saving ? (
        <SaveCartDialog
          onClose={() => setSaving(false)}
          onSaved={(name) => {
            setSaving(false);
            onNotice(t('Saved as “{name}”. Your next item starts a new cart.', { name }));
            navigate(cartPath(siteCode, cart.id));
          }}
        />
      ) : null}
      <Anchor component={Link} to={quickOrderPath(siteCode)} size="sm" mt="md" display="inline-block">
        {t('Add many items at once with quick order')}
      </Anchor>
    </CartActionsContext.Provider>
  );
}
