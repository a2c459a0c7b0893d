import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../../ui';
import { AdminHeader } from '../components/AdminHeader';
import { SavedNotice } from '../components/Notices';
import { PromotionForm } from '../components/PromotionForm';
import { PromotionStatusBadge } from '../components/PromotionsTable';

const PromotionEditPageQuery = graphql(`
  query PromotionEditPage($id: ID!, $existing: Boolean!) {
    promotion(id: $id) @include(if: $existing) {
      id
      name
      status
      ...PromotionForm_promotion
    }
    ...PromotionForm_options
  }
`);

interface EditState {
  notice?: string;
}

/** `/:siteCode/admin/promotions/new` and `/:siteCode/admin/promotions/:promotionId`. */
export function PromotionEditPage() {
  const { promotionId } = useParams();
  const existing = !!promotionId && promotionId !== 'new';
  const { siteCode } = useShell();
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as EditState | null)?.notice ?? null);
  const { data, loading, error, refetch } = useQuery(PromotionEditPageQuery, {
    variables: { id: existing ? promotionId : '', existing },
    notifyOnNetworkStatusChange: true,
  });
  const list = `/${siteCode}/admin/promotions`;
  const back = (
    <Anchor component={Link} to={list} size="sm">
      {t('← All promotions')}
    </Anchor>
  );
  const promotion = data?.promotion;
  const fallbackTitle = existing ? t('Promotion') : t('New promotion');

  if (!data || (existing && !promotion)) {
    return (
      <>
        <AdminHeader title={fallbackTitle} above={back} />
        {!data && error ? (
          <ErrorState
            title={t('We couldn’t load this promotion')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        ) : !data ? (
          <LoadingSkeleton label={t('Loading the promotion…')} count={10} />
        ) : (
          <EmptyState
            title={t('Promotion not found')}
            description={t('It may have been removed, or the link is incomplete.')}
            action={
              <Anchor component={Link} to={list}>
                {t('All promotions')}
              </Anchor>
            }
          />
        )}
      </>
    );
  }

  return (
    <>
      <AdminHeader
        title={promotion ? promotion.name : t('New promotion')}
        actions={promotion ? <PromotionStatusBadge status={promotion.status} size="lg" /> : undefined}
        above={back}
      />
      <SavedNotice
        message={notice}
        onClose={() => {
          setNotice(null);
          navigate(location.pathname, { replace: true, state: null });
        }}
      />
      {error ? (
        <ErrorState message={describeError(error, t)} onRetry={() => void refetch()} retrying={loading} />
      ) : null}
      <PromotionForm
        promotion={promotion ?? null}
        options={data}
        onCancel={() => navigate(list)}
        onReload={() => refetch()}
        onSubmit={() => setNotice(null)}
        onSaved={(id, name, created) => {
          const message = created
            ? t('Promotion “{name}” created.', { name })
            : t('Promotion “{name}” saved.', { name });
          // The same page stays mounted for the new address (new and :promotionId render it in one
          // place); the state carries the notice should it mount afresh.
          setNotice(message);
          if (created)
            navigate(`${list}/${encodeURIComponent(id)}`, {
              replace: true,
              state: { notice: message } satisfies EditState,
            });
          window.scrollTo({ top: 0 });
        }}
      />
    </>
  );
}
