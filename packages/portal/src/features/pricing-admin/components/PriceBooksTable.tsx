import { Anchor, Badge, Box, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { ScrollX, useLocale } from '../../../ui';
import { derivationText } from './labels';

export const PriceBookRowFragment = graphql(`
  fragment PriceBookRow_book on PriceBook {
    id
    name
    currency
    isDefault
    active
    derivedFromName
    conversionRate
    rounding
    entryCount
    groups {
      priority
      group {
        id
        name
      }
    }
  }
`);

type BookRef = FragmentType<typeof PriceBookRowFragment>;

function useBookTexts(ref: BookRef) {
  const book = useFragment(PriceBookRowFragment, ref);
  const { t, plural } = useI18n();
  const locale = useLocale();
  const count = book.entryCount.toLocaleString(locale);
  return {
    book,
    kind: book.isDefault ? t('List prices') : t('Buyer-group book'),
    source: derivationText(book, locale, t) ?? t('Prices of its own'),
    prices: plural(book.entryCount, t('{count} price set', { count }), t('{count} prices set', { count })),
    groups: book.isDefault
      ? t('Every buyer without a group book')
      : book.groups.length
        ? [...book.groups]
            .sort((a, b) => a.priority - b.priority)
            .map((g) => t('{group} (priority {priority})', { group: g.group.name, priority: g.priority }))
            .join(', ')
        : t('No buyer groups yet'),
  };
}

function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useI18n();
  return (
    <Badge color={active ? 'green' : 'gray'} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {active ? t('book|Active') : t('book|Inactive')}
    </Badge>
  );
}

interface RowProps {
  siteCode: string;
  book: BookRef;
  onEdit: (id: string) => void;
}

function BookRow({ siteCode, book: ref, onEdit }: RowProps) {
  const { t } = useI18n();
  const { book, kind, source, prices, groups } = useBookTexts(ref);
  return (
    <Table.Tr>
      <Table.Td style={{ minWidth: 180 }}>
        <Anchor
          component={Link}
          to={`/${siteCode}/admin/pricing/books/${encodeURIComponent(book.id)}`}
          fw={600}
        >
          {book.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {kind}
        </Text>
      </Table.Td>
      <Table.Td>{book.currency}</Table.Td>
      <Table.Td>
        <Text size="sm">{source}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{groups}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {prices}
        </Text>
      </Table.Td>
      <Table.Td>
        <ActiveBadge active={book.active} />
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="default"
          onClick={() => onEdit(book.id)}
          aria-label={t('Edit {name}', { name: book.name })}
        >
          {t('Edit')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function BookCard({ siteCode, book: ref, onEdit }: RowProps) {
  const { t } = useI18n();
  const { book, kind, source, prices, groups } = useBookTexts(ref);
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Box style={{ minWidth: 0 }}>
            <Anchor
              component={Link}
              to={`/${siteCode}/admin/pricing/books/${encodeURIComponent(book.id)}`}
              fw={600}
            >
              {book.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {kind} · {book.currency}
            </Text>
          </Box>
          <ActiveBadge active={book.active} />
        </Group>
        <Text size="sm">{source}</Text>
        <Text size="sm" c="dimmed">
          {groups}
        </Text>
        <Group justify="space-between">
          <Text size="sm">{prices}</Text>
          <Button
            size="xs"
            variant="default"
            onClick={() => onEdit(book.id)}
            aria-label={t('Edit {name}', { name: book.name })}
          >
            {t('Edit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export interface PriceBooksTableProps {
  siteCode: string;
  books: ReadonlyArray<{ id: string } & BookRef>;
  caption: string;
  onEdit: (id: string) => void;
}

/** The site's price books: a table, and cards on phones. */
export function PriceBooksTable({ siteCode, books, caption, onEdit }: PriceBooksTableProps) {
  const { t } = useI18n();
  return (
    <>
      <Box hiddenFrom="sm">
        <Text size="sm" c="dimmed" mb="xs">
          {caption}
        </Text>
        <Stack
          component="ul"
          gap="xs"
          aria-label={caption}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {books.map((book) => (
            <BookCard key={book.id} siteCode={siteCode} book={book} onEdit={onEdit} />
          ))}
        </Stack>
      </Box>
      <Box visibleFrom="sm">
        <ScrollX minWidth={900} label={caption}>
          <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
            <Table.Caption style={{ textAlign: 'left' }}>
              <Text span size="sm" c="dimmed">
                {caption}
              </Text>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('Price book')}</Table.Th>
                <Table.Th scope="col">{t('Currency')}</Table.Th>
                <Table.Th scope="col">{t('Prices from')}</Table.Th>
                <Table.Th scope="col">{t('Buyer groups')}</Table.Th>
                <Table.Th scope="col">{t('Prices set')}</Table.Th>
                <Table.Th scope="col">{t('Status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('Actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {books.map((book) => (
                <BookRow key={book.id} siteCode={siteCode} book={book} onEdit={onEdit} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollX>
      </Box>
    </>
  );
}
