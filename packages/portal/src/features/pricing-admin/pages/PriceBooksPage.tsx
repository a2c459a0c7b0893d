import { useQuery } from '@apollo/client/react';
import { Button, Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { describeError } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../ui';
import { AdminHeader } from '../components/AdminHeader';
import { SavedNotice } from '../components/Notices';
import { PriceBookForm } from '../components/PriceBookForm';
import { PriceBooksTable } from '../components/PriceBooksTable';

const PriceBooksPageQuery = graphql(`
  query PriceBooksPage {
    priceBooks {
      id
      name
      ...PriceBookRow_book
      ...PriceBookForm_book
    }
    ...PriceBookForm_options
  }
`);

/** `/:siteCode/admin/pricing`: the site's price books, with a form to create or change one. */
export function PriceBooksPage() {
  const { siteCode } = useShell();
  const { t, plural } = useI18n();
  const { data, loading, error, refetch } = useQuery(PriceBooksPageQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const phone = useMediaQuery('(max-width: 47.99em)');

  const books = data?.priceBooks ?? [];
  const edited = editing && editing !== 'new' ? books.find((b) => b.id === editing) : undefined;
  const create = (
    <Button onClick={() => setEditing('new')} disabled={!data}>
      {t('New price book')}
    </Button>
  );

  let body;
  if (!data) {
    body = error ? (
      <ErrorState
        title={t('We couldn’t load the price books')}
        message={describeError(error, t)}
        onRetry={() => void refetch()}
        retrying={loading}
      />
    ) : (
      <LoadingSkeleton label={t('Loading price books…')} count={6} />
    );
  } else if (books.length === 0) {
    body = (
      <EmptyState
        title={t('No price books yet')}
        description={t('Create a price book for each currency you sell in.')}
        action={create}
      />
    );
  } else {
    body = (
      <>
        {error ? (
          <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
        ) : null}
        <PriceBooksTable
          siteCode={siteCode}
          books={books}
          caption={plural(
            books.length,
            t('{count} price book', { count: books.length }),
            t('{count} price books', { count: books.length }),
          )}
          onEdit={setEditing}
        />
      </>
    );
  }

  return (
    <>
      <AdminHeader
        title={t('Price books')}
        description={t('Prices per currency: the list prices everyone gets, and books for buyer groups.')}
        actions={create}
      />
      <SavedNotice message={notice} onClose={() => setNotice(null)} />
      {body}
      <Modal
        opened={editing !== null && !!data && (editing === 'new' || !!edited)}
        onClose={() => setEditing(null)}
        title={edited ? t('Edit {name}', { name: edited.name }) : t('New price book')}
        size="lg"
        fullScreen={!!phone}
        closeButtonProps={{ 'aria-label': t('Close') }}
      >
        {data && editing ? (
          <PriceBookForm
            book={edited ?? null}
            options={data}
            onCancel={() => setEditing(null)}
            onReload={() => refetch()}
            onSaved={(name, created) => {
              setEditing(null);
              setNotice(
                created
                  ? t('Price book “{name}” created.', { name })
                  : t('Price book “{name}” saved.', { name }),
              );
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}
