import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useT, withNodes } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { DateText } from '../../../ui';
import { useCartActionsContext } from '../hooks/use-cart-actions';
import { ApplyOfferForm } from './ApplyOfferForm';

export const CartOffersFragment = graphql(`
  fragment CartOffers_cart on Cart {
    id
    offers {
      id
      kind
      description
      reason
      appliedBy
      appliedAt
      termsDays
      percent
      categoryId
    }
  }
`);

/**
 * Offers the seller applied to the cart (longer terms, a category discount), each with who, when and
 * why; the seller's people may remove them and apply new ones.
 */
export function CartOffers({
  cart: ref,
  sellerSide,
}: {
  cart: FragmentType<typeof CartOffersFragment>;
  /** The viewer is one of the seller's people (who may apply offers). */
  sellerSide: boolean;
}) {
  const t = useT();
  const { offers } = useFragment(CartOffersFragment, ref);
  const actions = useCartActionsContext();
  const [removing, setRemoving] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!sellerSide && offers.length === 0) return null;

  async function remove(offerId: string) {
    setRemoving(offerId);
    setProblem(null);
    const outcome = await actions.removeOffer(offerId);
    setRemoving(null);
    if (outcome.kind === 'invalid') setProblem(outcome.problems.map((p) => p.message).join(' '));
    if (outcome.kind === 'failed') setProblem(outcome.message);
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="cart-offers">
      <Title order={2} fz="md" id="cart-offers">
        {t('Offers from your supplier')}
      </Title>
      {offers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('No offers on this cart.')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {offers.map((offer) => (
            <Paper key={offer.id} component="li" withBorder radius="sm" p="sm" bg="green.0">
              <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Text fw={700} size="sm">
                    {offer.description}
                  </Text>
                  <Text size="sm">{t('Why: {reason}', { reason: offer.reason })}</Text>
                  <Text size="xs" c="dimmed">
                    {withNodes(t('Applied by {name} on {date}'), {
                      name: offer.appliedBy,
                      date: <DateText value={offer.appliedAt} withTime />,
                    })}
                  </Text>
                </Stack>
                {sellerSide ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => void remove(offer.id)}
                    loading={removing === offer.id}
                    aria-label={t('Remove offer: {offer}', { offer: offer.description })}
                    style={{ flexShrink: 0 }}
                  >
                    {t('Remove')}
                  </Button>
                ) : null}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {problem ? (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      ) : null}
      {sellerSide ? <ApplyOfferForm /> : null}
    </Stack>
  );
}
