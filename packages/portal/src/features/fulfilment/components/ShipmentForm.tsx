import {
  Alert,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { ScrollX } from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { useFulfilment, type Problem } from '../hooks/use-fulfilment';
import {
  linesToShip,
  placeLineProblems,
  prefilledQuantities,
  quantityProblem,
  remainingOf,
  shipmentLines,
  type ShipmentScope,
  type ShippableLine,
} from './shipment-lines';

export const FulfilOrderFragment = graphql(`
  fragment FulfilOrder_order on Order {
    id
    number
    status
    deliveryGroups {
      id
      position
      addressLabel
      desiredDate
      status
      lines {
        id
        lineNumber
        sku
        name
        quantity
        quantityShipped
      }
    }
    lines(first: 100) {
      edges {
        node {
          id
          lineNumber
          sku
          name
          quantity
          quantityShipped
          deliveryGroup {
            id
          }
        }
      }
    }
  }
`);

const CARRIERS = ['UPS', 'FedEx', 'USPS', 'Canada Post', 'Purolator'];
const OTHER = 'other';

export interface ShipmentRecorded {
  carrier: string;
  trackingNumber: string;
  units: number;
}

/**
 * "Create shipment": a delivery group (or everything remaining), the lines with their quantities
 * prefilled to what remains (editable), the carrier and tracking. Problems found here or by the server
 * show at their fields.
 */
export function ShipmentForm({
  order: ref,
  onRecorded,
}: {
  order: FragmentType<typeof FulfilOrderFragment>;
  onRecorded: (shipment: ShipmentRecorded) => void;
}) {
  const { t, plural } = useI18n();
  const { number, day } = useFormat();
  const order = useFragment(FulfilOrderFragment, ref);
  const { createShipment, creating } = useFulfilment();

  const all: ShippableLine[] = order.deliveryGroups.length
    ? order.deliveryGroups.flatMap((g) => g.lines.map((l) => ({ ...l, groupId: g.id })))
    : order.lines.edges.map(({ node: l }) => ({ ...l, groupId: l.deliveryGroup?.id ?? null }));
  const openGroups = order.deliveryGroups.filter((g) => linesToShip(all, g.id).length > 0);
  const [chosen, setScope] = useState<ShipmentScope>(() =>
    order.deliveryGroups.length > 1 && openGroups[0] ? openGroups[0].id : 'all',
  );
  // A group that has just shipped in full gives way to the next one.
  const scope =
    chosen === 'all' || openGroups.some((g) => g.id === chosen) ? chosen : (openGroups[0]?.id ?? 'all');
  const inScope = linesToShip(all, scope);
  // What remains changes after each shipment: start again from it.
  const remainingKey = `${scope}|${inScope.map((l) => `${l.id}:${remainingOf(l)}`).join(',')}`;
  const [quantities, setQuantities] = useState<{ key: string; values: Record<string, number | ''> }>({
    key: remainingKey,
    values: prefilledQuantities(inScope),
  });
  const values = quantities.key === remainingKey ? quantities.values : prefilledQuantities(inScope);
  const [carrier, setCarrier] = useState<string | null>(null);
  const [otherCarrier, setOtherCarrier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [trackingUrl, setTrackingUrl] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [lineProblems, setLineProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const units = (scopeId: ShipmentScope) => linesToShip(all, scopeId).reduce((s, l) => s + remainingOf(l), 0);
  const unitsText = (n: number) =>
    plural(
      n,
      t('{count} unit to ship', { count: number(n) }),
      t('{count} units to ship', { count: number(n) }),
    );
  const at = (field: string) =>
    problems
      .filter((p) => p.field === field)
      .map((p) => p.message)
      .join(' ') || undefined;

  function setQuantity(lineId: string, value: number | '') {
    setQuantities({ key: remainingKey, values: { ...values, [lineId]: value } });
    setLineProblems(({ [lineId]: _, ...rest }) => rest);
  }

  async function submit() {
    setFailure(null);
    const local: Problem[] = [];
    const localLines: Record<string, string> = {};
    const carrierName = carrier === OTHER ? otherCarrier.trim() : (carrier ?? '');
    if (!carrierName)
      local.push({
        field: carrier === OTHER ? 'otherCarrier' : 'carrier',
        message: t('Choose the carrier.'),
      });
    if (!trackingNumber.trim())
      local.push({ field: 'trackingNumber', message: t('Enter the tracking number.') });
    for (const line of inScope) {
      const problem = quantityProblem(line, values[line.id]);
      if (problem === 'not-whole') localLines[line.id] = t('Enter a whole number of units.');
      if (problem === 'too-many')
        localLines[line.id] = t('Only {count} left to ship.', { count: number(remainingOf(line)) });
    }
    const sent = shipmentLines(inScope, values);
    if (!sent.length && !Object.keys(localLines).length)
      local.push({ field: 'lines', message: t('Ship at least one unit.') });
    setProblems(local);
    setLineProblems(localLines);
    if (local.length || Object.keys(localLines).length) return;

    const outcome = await createShipment({
      orderId: order.id,
      deliveryGroupId: scope === 'all' ? null : scope,
      lines: sent,
      carrier: carrierName,
      trackingNumber: trackingNumber.trim(),
      trackingUrl: trackingUrl.trim() || null,
    });
    switch (outcome.kind) {
      case 'created':
        setTrackingNumber('');
        setTrackingUrl('');
        onRecorded(outcome);
        return;
      case 'invalid': {
        const placed = placeLineProblems(outcome.problems, sent);
        setLineProblems(placed.byLine);
        setProblems(
          placed.other.length || Object.keys(placed.byLine).length
            ? placed.other
            : [{ field: '', message: outcome.message }],
        );
        return;
      }
      default:
        setFailure(outcome.message);
    }
  }

  if (!linesToShip(all, 'all').length) {
    return (
      <Text size="sm" c="dimmed">
        {t('Everything on this order has shipped.')}
      </Text>
    );
  }
  const unplaced = problems.filter(
    (p) => !['carrier', 'otherCarrier', 'trackingNumber', 'trackingUrl', 'deliveryGroupId'].includes(p.field),
  );

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="form"
      noValidate
      aria-labelledby="shipment-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Title order={2} fz="lg" id="shipment-form" mb="sm">
        {t('Create shipment')}
      </Title>
      <Stack gap="md">
        {order.deliveryGroups.length > 1 ? (
          <Radio.Group
            label={t('What ships')}
            value={scope}
            onChange={(value) => {
              setScope(value);
              setProblems([]);
              setLineProblems({});
            }}
            error={at('deliveryGroupId')}
          >
            <Stack gap={6} mt={6}>
              {openGroups.map((g) => (
                <Radio
                  key={g.id}
                  value={g.id}
                  label={t('Delivery {number} · {place}', { number: g.position, place: g.addressLabel })}
                  description={`${t('Wanted by {date}', { date: day(g.desiredDate) })} · ${unitsText(units(g.id))}`}
                />
              ))}
              <Radio value="all" label={t('Everything remaining')} description={unitsText(units('all'))} />
            </Stack>
          </Radio.Group>
        ) : null}

        <ScrollX minWidth={340} label={t('Lines to ship')}>
          <Table verticalSpacing="xs">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              <Text span size="sm" c="dimmed">
                {t(
                  'Quantities start at what remains; lower them to ship part of a line, or set 0 to leave it.',
                )}
              </Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" visibleFrom="sm">
                  {t('Line')}
                </Table.Th>
                <Table.Th scope="col">{t('Product')}</Table.Th>
                <Table.Th scope="col" ta="right" visibleFrom="sm">
                  {t('Ordered')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('qty column|Shipped')}
                </Table.Th>
                <Table.Th scope="col" ta="right" w={130}>
                  {t('Ship now')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inScope.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td visibleFrom="sm">{line.lineNumber}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{line.name}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {line.sku}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" visibleFrom="sm">
                    {number(line.quantity)}
                  </Table.Td>
                  <Table.Td ta="right">{number(line.quantityShipped)}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('Units of {sku} to ship now', { sku: line.sku })}
                      value={values[line.id] ?? ''}
                      onChange={(v) =>
                        setQuantity(line.id, typeof v === 'number' ? v : v === '' ? '' : Number(v))
                      }
                      min={0}
                      max={remainingOf(line)}
                      allowDecimal={false}
                      allowNegative={false}
                      clampBehavior="none"
                      size="sm"
                      error={lineProblems[line.id]}
                      description={t('of {count}', { count: number(remainingOf(line)) })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollX>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('Carrier')}
            placeholder={t('Choose a carrier')}
            data={[
              ...CARRIERS.map((c) => ({ value: c, label: c })),
              { value: OTHER, label: t('Other carrier') },
            ]}
            value={carrier}
            onChange={(value) => {
              setCarrier(value);
              setProblems((ps) => ps.filter((p) => p.field !== 'carrier'));
            }}
            required
            allowDeselect={false}
            error={at('carrier')}
            comboboxProps={{ withinPortal: true }}
          />
          {carrier === OTHER ? (
            <TextInput
              label={t('Carrier name')}
              value={otherCarrier}
              onChange={(e) => setOtherCarrier(e.currentTarget.value)}
              maxLength={50}
              required
              error={at('otherCarrier') ?? at('carrier')}
            />
          ) : null}
          <TextInput
            label={t('Tracking number')}
            value={trackingNumber}
            onChange={(e) => {
              setTrackingNumber(e.currentTarget.value);
              setProblems((ps) => ps.filter((p) => p.field !== 'trackingNumber'));
            }}
            maxLength={64}
            required
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={at('trackingNumber')}
          />
          <TextInput
            label={t('Tracking link (optional)')}
            description={t('Leave it empty to use the carrier’s own tracking page.')}
            placeholder="https://"
            type="url"
            value={trackingUrl}
            onChange={(e) => {
              setTrackingUrl(e.currentTarget.value);
              setProblems((ps) => ps.filter((p) => p.field !== 'trackingUrl'));
            }}
            maxLength={500}
            error={at('trackingUrl')}
          />
        </SimpleGrid>

        {unplaced.length ? (
          <Alert color="red" variant="light" role="alert" title={t('The shipment was not recorded')}>
            <List size="sm">
              {unplaced.map((p, i) => (
                <List.Item key={`${p.field}-${i}`}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {failure ? (
          <Alert color="red" variant="light" role="alert" title={t('The shipment was not recorded')}>
            {failure}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={creating}>
            {t('Create shipment')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
