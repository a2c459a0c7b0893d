import {
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatMoney, Money, ScrollX, useLocale } from '../../../ui';
import { useSetPriceBookEntry } from '../hooks/use-set-price-book-entry';
import { problemAt } from './problems';
import { normalizeAmount } from './values';

export const PriceEntryRowFragment = graphql(`
  fragment PriceEntryRow_entry on PriceBookEntry {
    productId
    sku
    name
    unitPrice {
      amount
      currency
    }
    effectivePrice {
      amount
      currency
    }
  }
`);

type EntryRef = FragmentType<typeof PriceEntryRowFragment>;

export interface PriceBookInfo {
  id: string;
  currency: string;
  /** Derived books show the derived price beside their own overrides. */
  derived: boolean;
}

/** Inline editing of one price: the text, the pending save, the server's answer. */
function usePriceEditor(
  book: PriceBookInfo,
  entry: { sku: string; unitPrice: { amount: string } | null },
  onSaved: (message: string | null) => void,
) {
  const t = useT();
  const locale = useLocale();
  const { setPrice, saving } = useSetPriceBookEntry(book.id);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) input.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  function start() {
    setText(entry.unitPrice?.amount ?? '');
    setError(null);
    setEditing(true);
  }
  function cancel() {
    returnFocus.current = true;
    setEditing(false);
  }
  async function send(value: string | null) {
    setError(null);
    onSaved(null);
    try {
      const outcome = await setPrice(entry.sku, value, entry.unitPrice !== null);
      if (outcome.kind === 'invalid') {
        setError(
          problemAt(outcome.problems, 'unitPrice') ||
            outcome.problems.map((p) => p.message).join(' ') ||
            t('The price was refused.'),
        );
        return;
      }
      returnFocus.current = true;
      setEditing(false);
      onSaved(
        outcome.unitPrice
          ? t('{sku}: price set to {price}.', {
              sku: entry.sku,
              price: formatMoney(outcome.unitPrice, locale),
            })
          : t('{sku}: price removed from this book.', { sku: entry.sku }),
      );
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }
  function save(event: FormEvent) {
    event.preventDefault();
    const value = normalizeAmount(text);
    if (value === null) {
      setError(
        text.trim()
          ? t('Enter an amount like 12.50.')
          : t('Enter a price, or use Clear to remove it from this book.'),
      );
      input.current?.focus();
      return;
    }
    void send(value);
  }
  return {
    editing,
    text,
    setText,
    error,
    saving,
    start,
    cancel,
    save,
    clear: () => void send(null),
    editButton,
    input,
  };
}

type Editor = ReturnType<typeof usePriceEditor>;

function PriceForm({
  editor,
  entry,
  book,
  stacked,
}: {
  editor: Editor;
  entry: { sku: string; name: string; unitPrice: unknown };
  book: PriceBookInfo;
  stacked?: boolean;
}) {
  const t = useT();
  const id = useId();
  const label = t('Price of {sku} in {currency}', { sku: entry.sku, currency: book.currency });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      editor.cancel();
    }
  };
  return (
    <form onSubmit={editor.save} onKeyDown={onKeyDown} noValidate>
      <Group gap="xs" align="flex-start" wrap={stacked ? 'wrap' : 'nowrap'}>
        <TextInput
          ref={editor.input}
          id={id}
          size="xs"
          w={stacked ? '100%' : 130}
          label={stacked ? label : undefined}
          aria-label={stacked ? undefined : label}
          inputMode="decimal"
          autoComplete="off"
          value={editor.text}
          onChange={(e) => editor.setText(e.currentTarget.value)}
          error={editor.error}
          rightSection={
            <Text size="xs" c="dimmed">
              {book.currency}
            </Text>
          }
          rightSectionWidth={42}
          disabled={editor.saving}
        />
        <Group gap={4} wrap="nowrap">
          <Button size="xs" type="submit" loading={editor.saving}>
            {t('Save')}
          </Button>
          {entry.unitPrice ? (
            <Button size="xs" variant="light" color="red" onClick={editor.clear} disabled={editor.saving}>
              {t('Clear')}
            </Button>
          ) : null}
          <Button size="xs" variant="subtle" color="gray" onClick={editor.cancel} disabled={editor.saving}>
            {t('Cancel')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}

function OwnPrice({ entry }: { entry: { unitPrice: { amount: string; currency: string } | null } }) {
  const t = useT();
  return entry.unitPrice ? (
    <Money value={entry.unitPrice} />
  ) : (
    <Text span size="sm" c="dimmed">
      {t('Not set')}
    </Text>
  );
}

function EffectivePrice({
  entry,
}: {
  entry: { unitPrice: unknown; effectivePrice: { amount: string; currency: string } | null };
}) {
  const t = useT();
  if (!entry.effectivePrice)
    return (
      <Text span size="sm" c="dimmed">
        {t('No price')}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Money value={entry.effectivePrice} />
      <Badge size="xs" variant="light" color={entry.unitPrice ? 'brand' : 'gray'} radius="sm">
        {entry.unitPrice ? t('override') : t('derived')}
      </Badge>
    </Group>
  );
}

interface RowProps {
  entry: EntryRef;
  book: PriceBookInfo;
  onSaved: (message: string | null) => void;
}

function EntryRow({ entry: ref, book, onSaved }: RowProps) {
  const t = useT();
  const entry = useFragment(PriceEntryRowFragment, ref);
  const editor = usePriceEditor(book, entry, onSaved);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {entry.sku}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{entry.name}</Text>
      </Table.Td>
      {book.derived ? (
        <Table.Td>
          <EffectivePrice entry={entry} />
        </Table.Td>
      ) : null}
      {editor.editing ? (
        <Table.Td colSpan={2}>
          <PriceForm editor={editor} entry={entry} book={book} />
        </Table.Td>
      ) : (
        <>
          <Table.Td ta="right">
            <OwnPrice entry={entry} />
          </Table.Td>
          <Table.Td>
            <Button
              ref={editor.editButton}
              size="xs"
              variant="default"
              onClick={editor.start}
              aria-label={t('Edit the price of {sku}', { sku: entry.sku })}
            >
              {t('Edit')}
            </Button>
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}

function EntryCard({ entry: ref, book, onSaved }: RowProps) {
  const t = useT();
  const entry = useFragment(PriceEntryRowFragment, ref);
  const editor = usePriceEditor(book, entry, onSaved);
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={6}>
        <Box>
          <Text size="sm" fw={600}>
            {entry.name}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {entry.sku}
          </Text>
        </Box>
        {book.derived ? (
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              {t('Effective price')}
            </Text>
            <EffectivePrice entry={entry} />
          </Group>
        ) : null}
        {editor.editing ? (
          <PriceForm editor={editor} entry={entry} book={book} stacked />
        ) : (
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              <Text span size="sm" c="dimmed">
                {book.derived ? t('Override') : t('Price')}:{' '}
              </Text>
              <OwnPrice entry={entry} />
            </Text>
            <Button
              ref={editor.editButton}
              size="xs"
              variant="default"
              onClick={editor.start}
              aria-label={t('Edit the price of {sku}', { sku: entry.sku })}
            >
              {t('Edit')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export interface PriceEntryListProps {
  book: PriceBookInfo;
  entries: ReadonlyArray<{ sku: string } & EntryRef>;
  caption: string;
  onSaved: (message: string | null) => void;
}

/**
 * A book's prices with inline editing: a table, or cards on phones (rendered one way only, so each
 * price has one editor and one set of ids).
 */
export function PriceEntryList({ book, entries, caption, onSaved }: PriceEntryListProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 47.99em)');
  if (phone) {
    return (
      <>
        <Text size="sm" c="dimmed" mb="xs">
          {caption}
        </Text>
        <Stack
          component="ul"
          gap="xs"
          aria-label={caption}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {entries.map((entry) => (
            <EntryCard key={entry.sku} entry={entry} book={book} onSaved={onSaved} />
          ))}
        </Stack>
      </>
    );
  }
  return (
    <ScrollX minWidth={book.derived ? 820 : 680} label={caption}>
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption style={{ textAlign: 'left' }}>
          <Text span size="sm" c="dimmed">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('SKU')}</Table.Th>
            <Table.Th scope="col">{t('Product')}</Table.Th>
            {book.derived ? <Table.Th scope="col">{t('Effective price')}</Table.Th> : null}
            <Table.Th scope="col" ta="right">
              {book.derived ? t('Override in this book') : t('Price in this book')}
            </Table.Th>
            <Table.Th scope="col" w={160}>
              <VisuallyHidden>{t('Actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <EntryRow key={entry.sku} entry={entry} book={book} onSaved={onSaved} />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollX>
  );
}
