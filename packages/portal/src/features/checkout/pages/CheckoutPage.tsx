import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Grid,
  Group,
  List,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, withNodes } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { PaymentMethod } from '../../../gql/graphql';
import {
  EmptyState,
  ErrorState,
  formatMoney,
  LoadingSkeleton,
  Money,
  PageHeader,
  useLocale,
} from '../../../ui';
import { cartPath } from '../../cart/cart-paths';
import { NoAccountNotice } from '../../cart/components/NoAccountNotice';
import { CartBlockers } from '../../cart/components/CartBlockers';
import { CartTotals } from '../../cart/components/CartTotals';
import { setWorkingCart, useWorkingCartId } from '../../cart/hooks/working-cart';
import { CardFields, cardProblemText } from '../components/CardFields';
import {
  checkCardForm,
  cardDigits,
  parseExpiry,
  type CardField,
  type CardForm,
} from '../components/card-rules';
import { CheckoutReview } from '../components/CheckoutReview';
import { newIdempotencyKey } from '../hooks/idempotency-key';
import { usePlaceOrder, type PlaceOutcome } from '../hooks/use-place-order';

export const CheckoutPageFragment = graphql(`
  fragment CheckoutPage_cart on Cart {
    id
    version
    status
    owner {
      name
      sellerSide
      isViewer
    }
    blockers
    lines {
      id
    }
    totals {
      subtotal {
        amount
        currency
      }
      discounts {
        amount
        currency
      }
      shipping {
        amount
        currency
      }
      tax {
        amount
        currency
      }
      total {
        amount
        currency
      }
    }
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
    ...CheckoutReview_cart
    ...CartTotals_cart
  }
`);

const CheckoutPageQuery = graphql(`
  query CheckoutPage($id: ID) {
    cart(id: $id) {
      id
      ...CheckoutPage_cart
    }
  }
`);

const EMPTY_CARD: CardForm = { number: '', expiry: '', cvc: '', holderName: '' };

/** `/:siteCode/checkout[?cart=<id>]`: review the deliveries, choose how to pay, place the order. */
export function CheckoutPage() {
  const { t } = useI18n();
  const { siteCode, viewer } = useShell();
  const accountId = viewer.effectiveAccount?.id ?? null;
  const [params] = useSearchParams();
  const working = useWorkingCartId(accountId);
  const requested = params.get('cart') || working || null;
  const { data, loading, error, refetch } = useQuery(CheckoutPageQuery, {
    variables: { id: requested },
    skip: !accountId,
    notifyOnNetworkStatusChange: true,
  });
  const back = (
    <Anchor component={Link} to={cartPath(siteCode, requested)} size="sm">
      {t('← Back to the cart')}
    </Anchor>
  );

  if (!accountId) {
    return (
      <>
        <PageHeader title={t('Checkout')} />
        <NoAccountNotice />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title={t('Checkout')} above={back} />
        {error ? (
          <ErrorState
            title={t('We couldn’t load the checkout')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : (
          <LoadingSkeleton label={t('Loading the checkout…')} count={10} />
        )}
      </>
    );
  }
  if (!data.cart) {
    return (
      <>
        <PageHeader title={t('Checkout')} above={back} />
        <EmptyState
          title={t('There is nothing to check out')}
          description={t('The cart is empty, or it was ordered or deleted meanwhile.')}
          action={
            <Button component={Link} to={cartPath(siteCode)} variant="light">
              {t('Go to your cart')}
            </Button>
          }
        />
      </>
    );
  }
  return (
    <CheckoutForm
      key={data.cart.id}
      cart={data.cart}
      requestedId={requested}
      back={back}
      onReload={() => void refetch()}
    />
  );
}

type Banner =
  | Exclude<PlaceOutcome, { kind: 'placed' } | { kind: 'invalid' }>
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'unknown'; message: string };

function CheckoutForm({
  cart: ref,
  requestedId,
  back,
  onReload,
}: {
  cart: FragmentType<typeof CheckoutPageFragment>;
  requestedId: string | null;
  back: React.ReactNode;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const { siteCode, viewer } = useShell();
  const navigate = useNavigate();
  const cart = useFragment(CheckoutPageFragment, ref);
  const locale = useLocale();
  const po = cart.paymentOptions.purchaseOrder;
  const activeCart = cart.owner.isViewer && cart.status === 'ACTIVE';
  const { place, placing } = usePlaceOrder({ activeCart });

  // One key per checkout attempt, sent again when the same attempt is retried.
  const [key, setKey] = useState(newIdempotencyKey);
  const [chosen, setChosen] = useState<PaymentMethod | null>(null);
  const method: PaymentMethod =
    chosen === 'PURCHASE_ORDER' && po.allowed
      ? 'PURCHASE_ORDER'
      : chosen === 'CARD' || !po.allowed
        ? 'CARD'
        : 'PURCHASE_ORDER';
  const [poNumber, setPoNumber] = useState('');
  const [notes, setNotes] = useState('');
  const [card, setCard] = useState<CardForm>(EMPTY_CARD);
  const [cardErrors, setCardErrors] = useState<Partial<Record<CardField, string>>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);

  const shownTotal = cart.totals.total;
  const blocked = cart.blockers.length > 0 || cart.status === 'ORDERED' || cart.lines.length === 0;

  function focusBanner() {
    requestAnimationFrame(() => bannerRef.current?.focus());
  }

  async function submit() {
    if (blocked || placing) return;
    setFieldErrors({});
    if (method === 'CARD') {
      const problems = checkCardForm(card, new Date());
      const errors = Object.fromEntries(problems.map((p) => [p.field, cardProblemText(p, t)]));
      setCardErrors(errors);
      if (problems.length) {
        requestAnimationFrame(() =>
          document.querySelector<HTMLInputElement>('[data-checkout-payment] [aria-invalid="true"]')?.focus(),
        );
        return;
      }
    }
    const expiry = parseExpiry(card.expiry);
    setBanner(null);
    let outcome: PlaceOutcome;
    try {
      outcome = await place({
        cartId: cart.id,
        idempotencyKey: key,
        expectedTotal: shownTotal.amount,
        paymentMethod: method,
        poNumber: method === 'PURCHASE_ORDER' ? poNumber.trim() || null : null,
        notes: notes.trim() || null,
        card:
          method === 'CARD' && expiry
            ? {
                number: cardDigits(card.number),
                expMonth: expiry.month,
                expYear: expiry.year,
                cvc: card.cvc.trim(),
                holderName: card.holderName.trim(),
              }
            : null,
      });
    } catch (err) {
      // The outcome is unknown: the same key makes a retry safe (it returns the order if one was placed).
      setBanner({ kind: 'unknown', message: describeError(err, t) });
      focusBanner();
      return;
    }
    switch (outcome.kind) {
      case 'placed':
        if (!cart.owner.isViewer) setWorkingCart(viewer.effectiveAccount?.id, null);
        navigate(`/${siteCode}/orders/${encodeURIComponent(outcome.orderId)}?placed=1`);
        return;
      case 'declined':
        // A declined attempt is over (the same key would get the same answer): the next is a new attempt.
        setKey(newIdempotencyKey());
        break;
      case 'notReady':
        onReload();
        break;
      case 'invalid': {
        const placed: Record<string, string> = {};
        const other: string[] = [];
        const cardFieldErrors: Partial<Record<CardField, string>> = {};
        for (const p of outcome.problems) {
          const cardField = p.field.startsWith('card.') ? p.field.slice(5) : null;
          if (cardField === 'number' || cardField === 'cvc' || cardField === 'holderName')
            cardFieldErrors[cardField] = p.message;
          else if (cardField === 'expiry' || cardField === 'expMonth' || cardField === 'expYear')
            cardFieldErrors.expiry = p.message;
          else if (p.field === 'poNumber' || p.field === 'notes') placed[p.field] = p.message;
          else other.push(p.message);
        }
        setCardErrors(cardFieldErrors);
        setFieldErrors(placed);
        setBanner({ kind: 'invalid', messages: other.length ? other : [outcome.message] });
        focusBanner();
        return;
      }
    }
    setBanner(outcome);
    focusBanner();
  }

  const bannerView = banner ? (
    <BannerView
      banner={banner}
      newTotal={shownTotal}
      siteCode={siteCode}
      cartId={requestedId}
      onPayByCard={() => {
        setChosen('CARD');
        setBanner(null);
      }}
    />
  ) : null;

  return (
    <>
      <PageHeader
        title={t('Checkout')}
        above={back}
        description={
          cart.owner.isViewer
            ? undefined
            : t('You are placing this order for {name}.', { name: cart.owner.name })
        }
      />
      <div ref={bannerRef} tabIndex={-1} style={{ outline: 'none' }}>
        {bannerView}
      </div>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <section aria-labelledby="checkout-review">
                <Group justify="space-between" mb="sm">
                  <Title order={2} fz="lg" id="checkout-review">
                    {t('Review')}
                  </Title>
                  <Anchor component={Link} to={cartPath(siteCode, requestedId)} size="sm">
                    {t('Change the cart')}
                  </Anchor>
                </Group>
                <CheckoutReview cart={cart} />
              </section>

              <Card
                withBorder
                radius="md"
                padding="md"
                component="section"
                aria-labelledby="checkout-payment"
                data-checkout-payment
              >
                <Stack gap="sm">
                  <Title order={2} fz="lg" id="checkout-payment">
                    {t('Payment')}
                  </Title>
                  <Radio.Group
                    label={t('How to pay')}
                    value={method}
                    onChange={(value) => {
                      setChosen(value as PaymentMethod);
                      setBanner(null);
                    }}
                  >
                    <Stack gap="xs" mt={6}>
                      <Radio
                        value="PURCHASE_ORDER"
                        disabled={!po.allowed || placing}
                        label={
                          po.allowed
                            ? t('Purchase order on Net {days} terms', { days: po.termsDays ?? 30 })
                            : t('Purchase order')
                        }
                        description={
                          po.allowed
                            ? t('Invoiced to your account; pay within {days} days.', {
                                days: po.termsDays ?? 30,
                              })
                            : po.reason
                        }
                      />
                      <Radio
                        value="CARD"
                        disabled={placing}
                        label={t('Card')}
                        description={po.allowed ? undefined : t('Card is the way to pay this order.')}
                      />
                    </Stack>
                  </Radio.Group>
                  {cart.paymentOptions.availableCredit ? (
                    <Text size="sm" c="dimmed">
                      {withNodes(t('Available credit: {amount}'), {
                        amount: <Money value={cart.paymentOptions.availableCredit} />,
                      })}
                    </Text>
                  ) : null}
                  {method === 'PURCHASE_ORDER' ? (
                    <TextInput
                      label={t('Your PO number')}
                      description={t('Your own reference, shown on the order and the invoice.')}
                      value={poNumber}
                      onChange={(e) => setPoNumber(e.currentTarget.value)}
                      maxLength={50}
                      error={fieldErrors.poNumber}
                      disabled={placing}
                      w={{ base: '100%', xs: 320 }}
                    />
                  ) : (
                    <CardFields
                      value={card}
                      onChange={(next, field) => {
                        setCard(next);
                        if (cardErrors[field]) setCardErrors((e) => ({ ...e, [field]: undefined }));
                      }}
                      errors={cardErrors}
                      disabled={placing}
                    />
                  )}
                </Stack>
              </Card>

              <Textarea
                label={t('Note for the supplier (optional)')}
                description={t('Delivery instructions, a contact on site…')}
                value={notes}
                onChange={(e) => setNotes(e.currentTarget.value)}
                maxLength={1000}
                autosize
                minRows={2}
                error={fieldErrors.notes}
                disabled={placing}
              />
            </Stack>
          </Grid.Col>

          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card
              withBorder
              radius="md"
              padding="md"
              component="section"
              aria-labelledby="checkout-summary"
              style={{ position: 'sticky', top: 80 }}
            >
              <Stack gap="md">
                <Title order={2} fz="lg" id="checkout-summary">
                  {t('Order total')}
                </Title>
                <CartTotals cart={cart} />
                <CartBlockers blockers={cart.blockers} id="checkout-blockers" />
                <Button
                  type="submit"
                  size="md"
                  fullWidth
                  h="auto"
                  mih={42}
                  py={8}
                  styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
                  loading={placing}
                  disabled={blocked}
                  aria-describedby={cart.blockers.length ? 'checkout-blockers' : undefined}
                >
                  {t('Place order · {total}', { total: formatMoney(shownTotal, locale) })}
                </Button>
                <Text size="xs" c="dimmed">
                  {method === 'CARD'
                    ? t('Your card is charged the total shown when the order is placed.')
                    : t('The order goes on your account’s terms; the invoice follows the shipment.')}
                </Text>
              </Stack>
            </Card>
          </Grid.Col>
        </Grid>
      </form>
    </>
  );
}

/** What came back instead of an order, in words, with what to do next. */
function BannerView({
  banner,
  newTotal,
  siteCode,
  cartId,
  onPayByCard,
}: {
  banner: Banner;
  newTotal: { amount: string; currency: string };
  siteCode: string;
  cartId: string | null;
  onPayByCard: () => void;
}) {
  const { t } = useI18n();
  const props = { variant: 'light' as const, mb: 'lg', role: 'alert' };
  switch (banner.kind) {
    case 'priceChanged':
      return (
        <Alert {...props} color="yellow" title={t('The total changed')}>
          <Stack gap={4}>
            <Text size="sm">
              {withNodes(t('It was {previous} when you opened checkout; it is now {current}.'), {
                previous: <Money value={banner.previousTotal} />,
                current: (
                  <Text span fw={700} inherit>
                    <Money value={newTotal} />
                  </Text>
                ),
              })}
            </Text>
            <Text size="sm">
              {t('Nothing was ordered or charged. Check the order below, then place it again to confirm.')}
            </Text>
          </Stack>
        </Alert>
      );
    case 'notReady':
      return (
        <Alert {...props} color="orange" title={t('The cart isn’t ready to order')}>
          <List size="sm">
            {banner.blockers.map((b, i) => (
              <List.Item key={i}>{b}</List.Item>
            ))}
          </List>
          <Anchor component={Link} to={cartPath(siteCode, cartId)} size="sm" mt="xs" display="inline-block">
            {t('Fix it in the cart')}
          </Anchor>
        </Alert>
      );
    case 'credit':
      return (
        <Alert {...props} color="orange" title={t('Not enough credit for a purchase order')}>
          <Stack gap="xs">
            <Text size="sm">{banner.message}</Text>
            {banner.availableCredit ? (
              <Text size="sm">
                {withNodes(t('Available credit: {amount}'), {
                  amount: <Money value={banner.availableCredit} />,
                })}
              </Text>
            ) : null}
            <Group>
              <Button size="xs" onClick={onPayByCard}>
                {t('Pay by card instead')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
    case 'declined':
      return (
        <Alert {...props} color="red" title={t('Your card was declined')}>
          <Text size="sm">
            {t('Nothing was ordered or charged. Try another card, or check the details with your bank.')}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('From the payment provider: {message}', { message: banner.message })}
          </Text>
        </Alert>
      );
    case 'failed':
      return (
        <Alert {...props} color="red" title={t('The payment didn’t go through')}>
          <Text size="sm">
            {t('Nothing was ordered or charged. Place the order again: it is safe to retry.')}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('From the payment provider: {message}', { message: banner.message })}
          </Text>
        </Alert>
      );
    case 'invalid':
      return (
        <Alert {...props} color="red" title={t('Please check the order')}>
          <List size="sm">
            {banner.messages.map((m, i) => (
              <List.Item key={i}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      );
    case 'unknown':
      return (
        <Alert {...props} color="red" title={t('We don’t know whether the order went through')}>
          <Text size="sm">
            {banner.message}{' '}
            {t('Place the order again: this attempt can place only one order, so nothing is ordered twice.')}
          </Text>
        </Alert>
      );
  }
}
