import { Box, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useT, type TFunction } from '../../../app/i18n';
import {
  formatCardNumber,
  formatExpiry,
  type CardField,
  type CardForm,
  type CardProblem,
} from './card-rules';

/** The words for a card problem found before sending. */
export function cardProblemText(problem: CardProblem, t: TFunction): string {
  switch (problem.field) {
    case 'number':
      return problem.kind === 'missing'
        ? t('Enter the card number.')
        : t('Check the card number: it is not valid.');
    case 'expiry':
      return problem.kind === 'missing'
        ? t('Enter the expiry date as MM/YY.')
        : problem.kind === 'expired'
          ? t('This card has expired.')
          : t('Enter the expiry date as MM/YY, e.g. 04/28.');
    case 'cvc':
      return t('The security code is the 3 or 4 digits on the card.');
    case 'holderName':
      return t('Enter the name on the card.');
  }
}

const TEST_CARDS: Array<{ number: string; outcome: (t: TFunction) => string }> = [
  { number: '4242 4242 4242 4242', outcome: (t) => t('approved') },
  { number: '4000 0000 0000 0002', outcome: (t) => t('declined') },
  { number: '4000 0000 0000 9995', outcome: (t) => t('declined: insufficient funds') },
  {
    number: '4000 0000 0000 0119',
    outcome: (t) => t('the payment service can’t be reached (nothing charged)'),
  },
];

/**
 * Card number, expiry (MM/YY), security code and name, formatted as typed, with the browser's card
 * autofill. The sandbox's test cards are listed in a collapsed disclosure (this build has no other
 * payment provider).
 */
export function CardFields({
  value,
  onChange,
  errors,
  disabled,
}: {
  value: CardForm;
  onChange: (next: CardForm, field: CardField) => void;
  errors: Partial<Record<CardField, string>>;
  disabled?: boolean;
}) {
  const t = useT();
  const set = (field: CardField, text: string) => onChange({ ...value, [field]: text }, field);
  return (
    <Stack gap="sm">
      <TextInput
        label={t('Card number')}
        value={value.number}
        onChange={(e) => set('number', formatCardNumber(e.currentTarget.value))}
        inputMode="numeric"
        autoComplete="cc-number"
        maxLength={23}
        error={errors.number}
        disabled={disabled}
        required
      />
      <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm">
        <TextInput
          label={t('Expiry (MM/YY)')}
          placeholder={t('MM/YY')}
          value={value.expiry}
          onChange={(e) => set('expiry', formatExpiry(e.currentTarget.value))}
          inputMode="numeric"
          autoComplete="cc-exp"
          maxLength={5}
          error={errors.expiry}
          disabled={disabled}
          required
        />
        <TextInput
          label={t('Security code')}
          value={value.cvc}
          onChange={(e) => set('cvc', e.currentTarget.value.replace(/\D/g, '').slice(0, 4))}
          inputMode="numeric"
          autoComplete="cc-csc"
          maxLength={4}
          error={errors.cvc}
          disabled={disabled}
          required
        />
      </SimpleGrid>
      <TextInput
        label={t('Name on the card')}
        value={value.holderName}
        onChange={(e) => set('holderName', e.currentTarget.value)}
        autoComplete="cc-name"
        maxLength={100}
        error={errors.holderName}
        disabled={disabled}
        required
      />
      <Box
        component="details"
        style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6, padding: '6px 10px' }}
      >
        <Text component="summary" size="sm" fw={500} style={{ cursor: 'pointer' }}>
          {t('Test cards')}
        </Text>
        <Stack gap={6} mt="xs">
          <Text size="xs" c="dimmed">
            {t(
              'Payments on this site run in the sandbox: no real card is charged. Any future expiry date and any 3 digits work.',
            )}
          </Text>
          {TEST_CARDS.map((card) => (
            <Group key={card.number} gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm">
                <Text span ff="monospace" size="sm">
                  {card.number}
                </Text>{' '}
                — {card.outcome(t)}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => set('number', card.number)}
                disabled={disabled}
                aria-label={t('Use test card {number}', { number: card.number })}
              >
                {t('Use')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Box>
    </Stack>
  );
}
