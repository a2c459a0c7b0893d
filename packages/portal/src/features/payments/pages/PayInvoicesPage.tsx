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
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, withNodes } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { PaymentMethodKind } from '../../../gql/graphql';
import {
  EmptyState,
  ErrorState,
  formatMoney,
  LoadingSkeleton,
  Money,
  PageHeader,
  ScrollX,
  useLocale,
} from '../../../ui';
import { ChooseAccountPrompt } from '../../home/components/ChooseAccountPrompt';
import { CardFields, cardProblemText } from '../../checkout/components/CardFields';
import {
  cardDigits,
  checkCardForm,
  parseExpiry,
  type CardField,
  type CardForm,
} from '../../checkout/components/card-rules';
import { newIdempotencyKey } from '../../checkout/hooks/idempotency-key';
import {
  compareAmounts,
  currencyDecimals,
  isNegativeAmount,
  normalizeAmount,
  sumAmounts,
} from '../components/amounts';
import { formatDay } from '../components/day';
import { usePayInvoices, type PayOutcome } from '../hooks/use-pay-invoices';

const PayInvoicesQuery = graphql(`
  query PayInvoicesPage($ids: [ID!]!) {
    invoicesToPay(ids: $ids) {
      id
      number
      status
      dueOn
      payable
      total {
        amount
        currency
      }
      balance {
        amount
        currency
      }
      earlyPaymentDiscount {
        percent
        payBy
        amount {
          amount
          currency
        }
        payInFullAmount {
          amount
          currency
        }
      }
    }
  }
`);

type Invoice = NonNullable<ReturnType<typeof usePayQuery>['data']>['invoicesToPay'][number];

function usePayQuery(ids: string[]) {
  return useQuery(PayInvoicesQuery, {
    variables: { ids },
    skip: ids.length === 0,
    notifyOnNetworkStatusChange: true,
  });
}

/** What settles the invoice in full today: the discounted amount while the discount applies, else the balance. */
function fullAmount(invoice: Invoice): string {
  return invoice.earlyPaymentDiscount?.payInFullAmount.amount ?? invoice.balance.amount;
}

/**
 * `/:siteCode/invoices/pay?ids=a,b`: pay the chosen invoices of the effective account, each in full or in
 * part, by card or by a bank transfer's reference.
 */
export function PayInvoicesPage() {
  const { t } = useI18n();
  const { siteCode, viewer } = useShell();
  const [params] = useSearchParams();
  const ids = [
    ...new Set(
      (params.get('ids') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].slice(0, 100);
  const { data, loading, error, refetch } = usePayQuery(ids);
  const back = (
    <Anchor component={Link} to={`/${siteCode}/invoices`} size="sm">
      {t('← Invoices')}
    </Anchor>
  );
  if (!viewer.effectiveAccount) {
    return (
      <>
        <PageHeader title={t('Pay invoices')} />
        <ChooseAccountPrompt />
      </>
    );
  }
  if (ids.length === 0) {
    return (
      <>
        <PageHeader title={t('Pay invoices')} above={back} />
        <EmptyState
          title={t('No invoices chosen')}
          description={t('Choose the invoices to pay in the invoice list.')}
          action={
            <Button component={Link} to={`/${siteCode}/invoices`} variant="light">
              {t('Go to invoices')}
            </Button>
          }
        />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <PageHeader title={t('Pay invoices')} above={back} />
        {error ? (
          <ErrorState
            title={t('We couldn’t load the invoices to pay')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : (
          <LoadingSkeleton label={t('Loading the invoices…')} count={4} />
        )}
      </>
    );
  }
  const invoices = data.invoicesToPay;
  if (invoices.length === 0) {
    return (
      <>
        <PageHeader title={t('Pay invoices')} above={back} />
        <EmptyState
          title={t('These invoices can’t be found')}
          description={t(
            'They may belong to another account. Choose the invoices to pay in the invoice list.',
          )}
        />
      </>
    );
  }
  return <PayForm key={ids.join(',')} invoices={invoices} back={back} onPaid={() => void refetch()} />;
}

type Banner =
  | Exclude<PayOutcome, { kind: 'invalid' } | { kind: 'paid' }>
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'unknown'; message: string };

const EMPTY_CARD: CardForm = { number: '', expiry: '', cvc: '', holderName: '' };

function PayForm({
  invoices,
  back,
  onPaid,
}: {
  invoices: Invoice[];
  back: React.ReactNode;
  onPaid: () => void;
}) {
  const { t } = useI18n();
  const { siteCode, viewer } = useShell();
  const locale = useLocale();
  const { pay, paying } = usePayInvoices();
  const payable = invoices.filter((i) => i.payable);
  const currency = payable[0]?.balance.currency ?? invoices[0]!.balance.currency;
  const decimals = currencyDecimals(currency);
  // Customer-side users pay by card or bank transfer; the seller's people record bank transfers.
  const cardAllowed = !viewer.isSellerSide;

  // One key for this payment, sent again on every retry (a retry never pays twice); a new one only after
  // the key was used by another payment.
  const [key, setKey] = useState(newIdempotencyKey);
  const [amounts, setAmounts] = useState<Record<string, string>>(() =>
    Object.fromEntries(payable.map((i) => [i.id, fullAmount(i)])),
  );
  const [method, setMethod] = useState<PaymentMethodKind>(cardAllowed ? 'CARD' : 'BANK_TRANSFER');
  const recording = viewer.isSellerSide && method === 'BANK_TRANSFER';
  const [card, setCard] = useState<CardForm>(EMPTY_CARD);
  const [cardErrors, setCardErrors] = useState<Partial<Record<CardField, string>>>({});
  const [reference, setReference] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [paid, setPaid] = useState<Extract<PayOutcome, { kind: 'paid' }> | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);

  const normalized = payable.map((i) => normalizeAmount(amounts[i.id] ?? '', decimals));
  const readable = normalized.every((a): a is string => a !== null);
  const total = readable ? sumAmounts(normalized as string[], decimals) : null;

  function focusBanner() {
    requestAnimationFrame(() => bannerRef.current?.focus());
  }

  /** Problems found before sending, per invoice: unreadable, negative or zero, or more than settles it today. */
  function checkAmounts(): Record<string, string> {
    const errors: Record<string, string> = {};
    payable.forEach((invoice, i) => {
      const amount = normalized[i];
      if (amount === null || amount === undefined)
        errors[invoice.id] = isNegativeAmount(amounts[invoice.id] ?? '')
          ? t('Enter an amount greater than zero.')
          : t('Enter an amount such as 125.50.');
      else if (compareAmounts(amount, '0', decimals) <= 0)
        errors[invoice.id] = t('Enter an amount greater than zero.');
      else if (compareAmounts(amount, fullAmount(invoice), decimals) > 0)
        errors[invoice.id] = t('At most {amount} settles this invoice in full today.', {
          amount: formatMoney({ amount: fullAmount(invoice), currency }, locale),
        });
    });
    return errors;
  }

  async function submit() {
    if (paying || !payable.length) return;
    const errors = checkAmounts();
    let cardProblems: Partial<Record<CardField, string>> = {};
    if (method === 'CARD') {
      cardProblems = Object.fromEntries(
        checkCardForm(card, new Date()).map((p) => [p.field, cardProblemText(p, t)]),
      );
    } else if (!reference.trim()) {
      errors.bankReference = t('Enter the bank transfer’s reference.');
    }
    setFieldErrors(errors);
    setCardErrors(cardProblems);
    if (Object.keys(errors).length || Object.keys(cardProblems).length || !total) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLInputElement>('[data-pay-form] [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const expiry = parseExpiry(card.expiry);
    setBanner(null);
    let outcome: PayOutcome;
    try {
      outcome = await pay({
        idempotencyKey: key,
        amount: total,
        allocations: payable.map((invoice, i) => ({ invoiceId: invoice.id, amount: normalized[i]! })),
        method,
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
        bankReference: method === 'BANK_TRANSFER' ? reference.trim() : null,
      });
    } catch (err) {
      // The outcome is unknown: the same key makes a retry safe (it returns the payment if one was made).
      setBanner({ kind: 'unknown', message: describeError(err, t) });
      focusBanner();
      return;
    }
    if (outcome.kind === 'paid') {
      setPaid(outcome);
      onPaid();
      focusBanner();
      return;
    }
    if (outcome.kind === 'invalid') {
      const byField: Record<string, string> = {};
      const cardFieldErrors: Partial<Record<CardField, string>> = {};
      const other: string[] = [];
      for (const p of outcome.problems) {
        const allocation = /^allocations\[(\d+)\]\.(amount|invoiceId)$/.exec(p.field);
        const cardField = p.field.startsWith('card.') ? p.field.slice(5) : null;
        if (allocation) {
          const invoice = payable[Number(allocation[1])];
          if (invoice) byField[invoice.id] = p.message;
          else other.push(p.message);
        } else if (cardField === 'number' || cardField === 'cvc' || cardField === 'holderName')
          cardFieldErrors[cardField] = p.message;
        else if (cardField === 'expiry') cardFieldErrors.expiry = p.message;
        else if (p.field === 'bankReference') byField.bankReference = p.message;
        else other.push(p.message);
      }
      setFieldErrors(byField);
      setCardErrors(cardFieldErrors);
      setBanner({ kind: 'invalid', messages: other.length ? other : [outcome.message] });
    } else {
      setBanner(outcome);
    }
    focusBanner();
  }

  if (paid) {
    return (
      <>
        <PageHeader title={t('Pay invoices')} above={back} />
        <div ref={bannerRef} tabIndex={-1} style={{ outline: 'none' }}>
          <Alert
            variant="light"
            color="green"
            title={t('Payment {number} is recorded', { number: paid.number })}
            role="status"
            mb="lg"
          >
            <Stack gap="xs">
              <Text size="sm">
                {withNodes(t('Paid {amount}; early-payment discounts taken: {discount}.'), {
                  amount: <Money value={paid.amount} />,
                  discount: <Money value={paid.discountTotal} />,
                })}
              </Text>
              <Group gap="md">
                <Anchor href={paid.receiptUrl} target="_blank" rel="noopener" size="sm">
                  {t('Download the receipt (PDF)')}
                </Anchor>
                <Anchor component={Link} to={`/${siteCode}/payments`} size="sm">
                  {t('Payment history')}
                </Anchor>
              </Group>
            </Stack>
          </Alert>
        </div>
        <section aria-labelledby="pay-updated">
          <Title order={2} fz="lg" id="pay-updated" mb="sm">
            {t('Balances now')}
          </Title>
          <ScrollX minWidth={360} label={t('Balances now')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('Invoice')}</Table.Th>
                  <Table.Th ta="right">{t('Balance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoices.map((invoice) => (
                  <Table.Tr key={invoice.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/${siteCode}/invoices/${encodeURIComponent(invoice.id)}`}>
                        {invoice.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ta="right" data-testid="balance-now">
                      <Money value={invoice.balance} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollX>
        </section>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('Pay invoices')}
        above={back}
        description={t('For {account}', { account: viewer.effectiveAccount?.name ?? '' })}
      />
      <div ref={bannerRef} tabIndex={-1} style={{ outline: 'none' }}>
        {banner ? (
          <BannerView
            banner={banner}
            onNewPayment={() => {
              setKey(newIdempotencyKey());
              setBanner(null);
            }}
          />
        ) : null}
      </div>
      <form
        noValidate
        data-pay-form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <section aria-labelledby="pay-invoices">
                <Title order={2} fz="lg" id="pay-invoices" mb="xs">
                  {t('Invoices')}
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  {t(
                    'Each amount starts at what settles the invoice in full. An early-payment discount applies only when an invoice is paid in full within its discount period; paying in part takes no discount.',
                  )}
                </Text>
                <Stack gap="sm">
                  {invoices.map((invoice) => (
                    <InvoiceAmount
                      key={invoice.id}
                      invoice={invoice}
                      value={amounts[invoice.id] ?? ''}
                      error={fieldErrors[invoice.id]}
                      disabled={paying}
                      onChange={(value) => {
                        setAmounts((a) => ({ ...a, [invoice.id]: value }));
                        if (fieldErrors[invoice.id]) setFieldErrors((e) => ({ ...e, [invoice.id]: '' }));
                      }}
                    />
                  ))}
                </Stack>
              </section>

              <Card withBorder radius="md" padding="md" component="section" aria-labelledby="pay-method">
                <Stack gap="sm">
                  <Title order={2} fz="lg" id="pay-method">
                    {t('Payment')}
                  </Title>
                  <Radio.Group
                    label={t('How to pay')}
                    value={method}
                    onChange={(value) => {
                      setMethod(value as PaymentMethodKind);
                      setBanner(null);
                    }}
                  >
                    <Stack gap="xs" mt={6}>
                      <Radio
                        value="CARD"
                        label={t('Card')}
                        disabled={!cardAllowed || paying}
                        description={
                          cardAllowed ? undefined : t('A card payment is made by the customer in the portal.')
                        }
                      />
                      <Radio
                        value="BANK_TRANSFER"
                        label={t('Bank transfer')}
                        description={t('Record a transfer already sent, with its reference.')}
                        disabled={paying}
                      />
                    </Stack>
                  </Radio.Group>
                  {method === 'CARD' ? (
                    <CardFields
                      value={card}
                      onChange={(next, field) => {
                        setCard(next);
                        if (cardErrors[field]) setCardErrors((e) => ({ ...e, [field]: undefined }));
                      }}
                      errors={cardErrors}
                      disabled={paying}
                    />
                  ) : (
                    <TextInput
                      label={t('Transfer reference')}
                      description={t('As it appears on the transfer, e.g. WIRE-2026-0042.')}
                      value={reference}
                      onChange={(e) => setReference(e.currentTarget.value)}
                      maxLength={100}
                      error={fieldErrors.bankReference}
                      disabled={paying}
                      required
                      w={{ base: '100%', xs: 360 }}
                    />
                  )}
                </Stack>
              </Card>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card
              withBorder
              radius="md"
              padding="md"
              component="section"
              aria-labelledby="pay-total"
              style={{ position: 'sticky', top: 80 }}
            >
              <Stack gap="md">
                <Title order={2} fz="lg" id="pay-total">
                  {t('Total')}
                </Title>
                <Text fz="xl" fw={700} aria-live="polite" data-testid="pay-total">
                  {total ? <Money value={{ amount: total, currency }} /> : '—'}
                </Text>
                <Button type="submit" size="md" fullWidth loading={paying} disabled={!payable.length}>
                  {/* The seller's people record a transfer the customer made: they are not paying. */}
                  {recording
                    ? total
                      ? t('Record payment of {total}', {
                          total: formatMoney({ amount: total, currency }, locale),
                        })
                      : t('Record payment')
                    : total
                      ? t('Pay {total}', { total: formatMoney({ amount: total, currency }, locale) })
                      : t('Pay')}
                </Button>
                <Text size="xs" c="dimmed">
                  {method === 'CARD'
                    ? t('Your card is charged the total shown. If it is declined, nothing changes.')
                    : t(
                        'The invoices are credited with the amounts shown, against the transfer’s reference.',
                      )}
                </Text>
              </Stack>
            </Card>
          </Grid.Col>
        </Grid>
      </form>
    </>
  );
}

/** One invoice with its balance, the amount to pay on it and its early-payment discount. */
function InvoiceAmount({
  invoice,
  value,
  error,
  disabled,
  onChange,
}: {
  invoice: Invoice;
  value: string;
  error?: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const { siteCode } = useShell();
  const locale = useLocale();
  const discount = invoice.earlyPaymentDiscount;
  const decimals = currencyDecimals(invoice.balance.currency);
  const typed = normalizeAmount(value, decimals);
  const full = fullAmount(invoice);
  const inFull = typed !== null && compareAmounts(typed, full, decimals) === 0;
  const inputId = `pay-amount-${invoice.id}`;
  return (
    <Card withBorder radius="md" padding="sm" data-testid="pay-invoice" data-invoice-number={invoice.number}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Anchor component={Link} to={`/${siteCode}/invoices/${encodeURIComponent(invoice.id)}`} fw={600}>
            {invoice.number}
          </Anchor>
          <Text size="sm">
            {withNodes(t('Balance {balance} of {total}'), {
              balance: <Money value={invoice.balance} />,
              total: <Money value={invoice.total} />,
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('Due {date}', { date: formatDay(invoice.dueOn, locale) })}
          </Text>
        </Stack>
        {invoice.payable ? (
          <TextInput
            id={inputId}
            label={t('Amount to pay on {number}', { number: invoice.number })}
            value={value}
            onChange={(e) => onChange(e.currentTarget.value)}
            inputMode="decimal"
            error={error}
            disabled={disabled}
            w={{ base: '100%', xs: 220 }}
            rightSection={
              <Text size="xs" c="dimmed">
                {invoice.balance.currency}
              </Text>
            }
            rightSectionWidth={44}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('Nothing to pay: this invoice is paid or void.')}
          </Text>
        )}
      </Group>
      {invoice.payable && discount ? (
        <Alert variant="light" color={inFull ? 'green' : 'gray'} mt="sm" p="xs">
          <Text size="sm">
            {withNodes(
              t(
                'Early-payment discount: {percent}% off if paid in full by {date} — pay {amount} instead of {balance}.',
              ),
              {
                percent: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
                  discount.percent as `${number}`,
                ),
                date: formatDay(discount.payBy, locale),
                amount: (
                  <Text span fw={700} inherit>
                    <Money value={discount.payInFullAmount} />
                  </Text>
                ),
                balance: <Money value={invoice.balance} />,
              },
            )}
          </Text>
          <Text size="xs" c="dimmed" mt={2}>
            {inFull
              ? t('Paying this amount takes the discount of {discount}.', {
                  discount: formatMoney(discount.amount, locale),
                })
              : t('A part payment takes no discount.')}
          </Text>
          {!inFull ? (
            <Button
              size="compact-xs"
              variant="subtle"
              mt={4}
              onClick={() => onChange(full)}
              disabled={disabled}
              aria-describedby={inputId}
            >
              {t('Pay in full with the discount')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {invoice.payable && !discount && typed !== null && compareAmounts(typed, full, decimals) !== 0 ? (
        <Button size="compact-xs" variant="subtle" mt={4} onClick={() => onChange(full)} disabled={disabled}>
          {t('Pay in full')}
        </Button>
      ) : null}
    </Card>
  );
}

function BannerView({ banner, onNewPayment }: { banner: Banner; onNewPayment: () => void }) {
  const { t } = useI18n();
  const props = { variant: 'light' as const, mb: 'lg', role: 'alert' };
  switch (banner.kind) {
    // The server's message says what happened, with the reason, in the payer's language ("Your card
    // was declined: insufficient funds. No invoice was changed."): said once, then what to do next.
    case 'declined':
      return (
        <Alert {...props} color="red" title={banner.message}>
          <Text size="sm">{t('Try another card, or pay by bank transfer.')}</Text>
        </Alert>
      );
    case 'failed':
      return (
        <Alert {...props} color="red" title={banner.message}>
          <Text size="sm">
            {t('Pay again: this attempt can make only one payment, so nothing is paid twice.')}
          </Text>
        </Alert>
      );
    case 'keyReused':
      return (
        <Alert {...props} color="orange" title={t('This payment was already made')}>
          <Stack gap="xs">
            <Text size="sm">{banner.message}</Text>
            <Group>
              <Button size="xs" onClick={onNewPayment}>
                {t('Start a new payment')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
    case 'invalid':
      return (
        <Alert {...props} color="red" title={t('Please check the payment')}>
          <List size="sm">
            {banner.messages.map((m, i) => (
              <List.Item key={i}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      );
    case 'unknown':
      return (
        <Alert {...props} color="red" title={t('We don’t know whether the payment went through')}>
          <Text size="sm">
            {banner.message}{' '}
            {t('Pay again: this attempt can make only one payment, so nothing is paid twice.')}
          </Text>
        </Alert>
      );
  }
}
