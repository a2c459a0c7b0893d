import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useI18n, withNodes } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { CasePageQuery } from '../../../gql/graphql';
import { DateText, EmptyState, ErrorState, LoadingSkeleton, LoadMore, PageHeader } from '../../../ui';
import { AttachmentLink } from '../components/AttachmentLink';
import { caseStatusAction, caseStatusLabel, caseTypeLabel, concernsLabel } from '../components/case-labels';
import { CaseStatusBadge } from '../components/CaseStatusBadge';
import { useCaseActions } from '../hooks/use-case-actions';
import { focusFirstInvalid } from '../hooks/focus-invalid';
import { ATTACHMENT_ACCEPT, attachmentProblem, uploadAttachment } from '../hooks/upload-attachment';

const COMMENTS_PAGE = 50;
const MAX_COMMENT = 5000;

const CasePageQueryDoc = graphql(`
  query CasePage($id: ID!, $first: Int!, $after: String) {
    serviceCase(id: $id) {
      id
      number
      type
      status
      subject
      description
      createdAt
      updatedAt
      nextStatuses
      canComment
      openedBy {
        name
      }
      account {
        id
        name
      }
      concerns {
        kind
        orderId
        orderNumber
        lineNumber
        invoiceId
        invoiceNumber
        productId
        sku
        productName
      }
      attachments {
        id
        commentId
        fileName
        contentType
        sizeBytes
        url
        createdAt
        uploadedBy {
          name
        }
      }
      comments(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            body
            fromSeller
            createdAt
            author {
              name
            }
          }
        }
      }
    }
  }
`);

type Case = NonNullable<CasePageQuery['serviceCase']>;

/** `/:siteCode/cases/:caseId`: one case with its thread, status changes and files. */
export function CasePage() {
  const { siteCode } = useShell();
  const { caseId = '' } = useParams();
  const { t } = useI18n();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(CasePageQueryDoc, {
    variables: { id: caseId, first: COMMENTS_PAGE, after: null },
    notifyOnNetworkStatusChange: true,
  });
  const back = (
    <Anchor component={Link} to={`/${siteCode}/cases`} size="sm">
      ← {t('All cases')}
    </Anchor>
  );
  const found = data?.serviceCase && data.serviceCase.id !== caseId ? undefined : data?.serviceCase;
  if (found === undefined) {
    if (error) {
      return (
        <>
          <PageHeader title={t('Case')} above={back} />
          <ErrorState
            title={t('We couldn’t load this case')}
            message={describeError(error, t)}
            onRetry={() => void refetch()}
            retrying={loading}
          />
        </>
      );
    }
    return <LoadingSkeleton label={t('Loading case…')} count={8} />;
  }
  if (!found) {
    return (
      <>
        <PageHeader title={t('Case not found')} above={back} />
        <EmptyState
          title={t('We can’t show this case')}
          description={t('It doesn’t exist, or it belongs to an account you don’t act for.')}
          action={
            <Anchor component={Link} to={`/${siteCode}/cases`}>
              {t('Go to the cases')}
            </Anchor>
          }
        />
      </>
    );
  }

  async function loadMore() {
    const end = found?.comments.pageInfo.endCursor;
    if (!end) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: end },
        updateQuery: (previous, { fetchMoreResult }) => {
          const prev = previous.serviceCase;
          const next = fetchMoreResult.serviceCase;
          if (!prev || !next) return previous as typeof fetchMoreResult;
          return {
            ...previous,
            serviceCase: {
              ...prev,
              comments: { ...next.comments, edges: [...prev.comments.edges, ...next.comments.edges] },
            },
          } as typeof fetchMoreResult;
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <CaseView
      key={found.id}
      serviceCase={found}
      back={back}
      reload={() =>
        refetch({ id: caseId, first: Math.max(COMMENTS_PAGE, found.comments.edges.length + 1), after: null })
      }
      loadingMore={loadingMore}
      loadMore={() => void loadMore()}
    />
  );
}

function CaseView({
  serviceCase: c,
  back,
  reload,
  loadingMore,
  loadMore,
}: {
  serviceCase: Case;
  back: ReactNode;
  reload: () => Promise<unknown>;
  loadingMore: boolean;
  loadMore: () => void;
}) {
  const { siteCode, viewer } = useShell();
  const { t } = useI18n();
  const { busy, addComment, changeStatus } = useCaseActions();
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const commentForm = useRef<HTMLFormElement>(null);
  const location = useLocation();
  // A file chosen when opening the case that could not be stored: say so here.
  const [problem, setProblem] = useState<string | null>(() => {
    const reason = (location.state as { uploadProblem?: string } | null)?.uploadProblem;
    return reason ? t('The case was opened, but the file was not attached: {reason}', { reason }) : null;
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const seller = viewer.isSellerSide;
  const filesByComment = new Map<string, Case['attachments']>();
  for (const a of c.attachments) {
    if (a.commentId) filesByComment.set(a.commentId, [...(filesByComment.get(a.commentId) ?? []), a]);
  }

  async function onComment(e: FormEvent) {
    e.preventDefault();
    setProblem(null);
    setNotice(null);
    setBodyError(null);
    setFileError(null);
    if (!body.trim()) {
      setBodyError(t('Write a comment.'));
      focusFirstInvalid(commentForm.current);
      return;
    }
    if (file) {
      const fileProblem = attachmentProblem(file, t);
      if (fileProblem) {
        setFileError(fileProblem);
        focusFirstInvalid(commentForm.current);
        return;
      }
    }
    const outcome = await addComment(c.id, body);
    if (outcome.kind === 'refused') {
      if (outcome.field === 'body') {
        setBodyError(outcome.message);
        focusFirstInvalid(commentForm.current);
      } else setProblem(outcome.message);
      return;
    }
    if (file) {
      setUploading(true);
      const failed = await uploadAttachment(c.id, file, t, outcome.commentId);
      setUploading(false);
      if (failed)
        setProblem(t('Your comment was sent, but the file was not attached: {reason}', { reason: failed }));
    }
    setBody('');
    setFile(null);
    await reload();
  }

  async function onStatus(status: Case['status']) {
    setProblem(null);
    setNotice(null);
    const outcome = await changeStatus(c.id, status);
    if (outcome.kind === 'refused') setProblem(outcome.message);
    else setNotice(t('The case is now “{status}”.', { status: caseStatusLabel(status, t) }));
    await reload();
  }

  const concerns = c.concerns;
  const actingForAccount = viewer.effectiveAccount?.id === c.account.id;
  return (
    <>
      <PageHeader
        above={back}
        title={t('Case {number}: {subject}', { number: c.number, subject: c.subject })}
        description={withNodes(t('Opened by {name} on {date} for {account}'), {
          name: c.openedBy.name,
          date: <DateText value={c.createdAt} withTime />,
          account: c.account.name,
        })}
        actions={
          c.nextStatuses.length ? (
            <Group gap="xs">
              {c.nextStatuses.map((status) => (
                <Button
                  key={status}
                  variant={status === 'CLOSED' ? 'outline' : 'default'}
                  color={status === 'CLOSED' ? 'gray' : undefined}
                  onClick={() => void onStatus(status)}
                  disabled={busy}
                >
                  {caseStatusAction(status, t)}
                </Button>
              ))}
            </Group>
          ) : undefined
        }
      />
      <div aria-live="polite">
        {problem ? (
          <Alert
            color="red"
            variant="light"
            role="alert"
            mb="md"
            withCloseButton
            closeButtonLabel={t('Dismiss')}
            onClose={() => setProblem(null)}
          >
            {problem}
          </Alert>
        ) : null}
        {notice ? (
          <Alert
            color="green"
            variant="light"
            role="status"
            mb="md"
            withCloseButton
            closeButtonLabel={t('Dismiss')}
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        ) : null}
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="md" component="section" aria-labelledby="case-description">
              <Title order={2} fz="md" id="case-description" mb="xs">
                {t('Description')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {c.description}
              </Text>
            </Card>
            <section aria-labelledby="case-thread">
              <Title order={2} fz="lg" id="case-thread" mb="sm">
                {t('Conversation')}
              </Title>
              {c.comments.edges.length === 0 ? (
                <Text size="sm" c="dimmed" mb="md">
                  {seller
                    ? t('No comments yet. Answer the customer below.')
                    : t('No answer yet. The seller is notified of your case.')}
                </Text>
              ) : (
                <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} mb="md">
                  {c.comments.edges.map(({ node }) => (
                    <Paper
                      key={node.id}
                      component="li"
                      withBorder
                      radius="md"
                      p="sm"
                      bg={node.fromSeller ? 'var(--mantine-color-blue-light)' : undefined}
                    >
                      <Group justify="space-between" gap="xs" mb={4} wrap="wrap">
                        <Group gap="xs">
                          <Text fw={600} size="sm">
                            {node.author.name}
                          </Text>
                          <Badge
                            size="xs"
                            variant="outline"
                            color={node.fromSeller ? 'blue' : 'gray'}
                            radius="sm"
                          >
                            {node.fromSeller ? t('Seller') : t('Customer')}
                          </Badge>
                        </Group>
                        <Text size="xs" c="dimmed">
                          <DateText value={node.createdAt} withTime />
                        </Text>
                      </Group>
                      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                        {node.body}
                      </Text>
                      {(filesByComment.get(node.id) ?? []).map((a) => (
                        <AttachmentLink key={a.id} file={a} />
                      ))}
                    </Paper>
                  ))}
                </Stack>
              )}
              <LoadMore
                hasMore={c.comments.pageInfo.hasNextPage}
                loading={loadingMore}
                onLoadMore={loadMore}
                label={t('Load more comments ({count} more)', {
                  count: Math.max(0, c.comments.totalCount - c.comments.edges.length),
                })}
              />
              {c.canComment ? (
                <form
                  ref={commentForm}
                  onSubmit={(e) => void onComment(e)}
                  noValidate
                  aria-label={t('Add a comment')}
                >
                  <Stack gap="sm">
                    <Textarea
                      label={t('Your comment')}
                      value={body}
                      onChange={(e) => setBody(e.currentTarget.value)}
                      error={bodyError}
                      maxLength={MAX_COMMENT}
                      autosize
                      minRows={3}
                      maxRows={12}
                      required
                    />
                    <FileInput
                      label={t('Attach a file (optional)')}
                      description={t('An image, a PDF, a text or CSV file, up to 10 MB.')}
                      value={file}
                      onChange={setFile}
                      accept={ATTACHMENT_ACCEPT}
                      error={fileError}
                      clearable
                    />
                    <Group justify="flex-end">
                      <Button type="submit" loading={busy || uploading}>
                        {t('Send comment')}
                      </Button>
                    </Group>
                  </Stack>
                </form>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('This case is closed. Reopen it to add a comment.')}
                </Text>
              )}
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Card withBorder radius="md" padding="md">
              <Stack gap="xs">
                <Fact label={t('Status')}>
                  <CaseStatusBadge status={c.status} />
                </Fact>
                <Fact label={t('Type')}>
                  <Text size="sm">{caseTypeLabel(c.type, t)}</Text>
                </Fact>
                <Fact label={t('About')}>
                  {!concerns ? (
                    <Text size="sm">{t('General')}</Text>
                  ) : !actingForAccount && concerns.kind !== 'PRODUCT' ? (
                    // Orders and invoices open for the account acted for: say how to get there.
                    <>
                      <Text size="sm">{concernsLabel(concerns, t)}</Text>
                      <Text size="xs" c="dimmed">
                        {t('Act for {account} to open it.', { account: c.account.name })}
                      </Text>
                    </>
                  ) : concerns.kind === 'INVOICE' && concerns.invoiceId ? (
                    <Anchor
                      component={Link}
                      to={`/${siteCode}/invoices/${encodeURIComponent(concerns.invoiceId)}`}
                      size="sm"
                    >
                      {concernsLabel(concerns, t)}
                    </Anchor>
                  ) : concerns.kind === 'PRODUCT' && concerns.productId ? (
                    <Anchor
                      component={Link}
                      to={`/${siteCode}/products/${encodeURIComponent(concerns.productId)}`}
                      size="sm"
                    >
                      {concernsLabel(concerns, t)}
                    </Anchor>
                  ) : concerns.orderId ? (
                    <Anchor
                      component={Link}
                      to={`/${siteCode}/orders/${encodeURIComponent(concerns.orderId)}`}
                      size="sm"
                    >
                      {concernsLabel(concerns, t)}
                    </Anchor>
                  ) : (
                    <Text size="sm">{concernsLabel(concerns, t)}</Text>
                  )}
                </Fact>
                <Fact label={t('Last change')}>
                  <Text size="sm">
                    <DateText value={c.updatedAt} withTime />
                  </Text>
                </Fact>
              </Stack>
            </Card>
            <CaseFiles serviceCase={c} onUploaded={reload} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function CaseFiles({
  serviceCase: c,
  onUploaded,
}: {
  serviceCase: Case;
  onUploaded: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  async function onUpload(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!file) {
      setError(t('Choose a file.'));
      return;
    }
    setUploading(true);
    const failed = await uploadAttachment(c.id, file, t);
    setUploading(false);
    if (failed) {
      setError(failed);
      return;
    }
    setFile(null);
    await onUploaded();
  }

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="case-files">
      <Title order={2} fz="md" id="case-files" mb="xs">
        {t('Files')}
      </Title>
      {c.attachments.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('No files yet.')}
        </Text>
      ) : (
        <Stack gap={4} mb="sm">
          {c.attachments.map((a) => (
            <AttachmentLink key={a.id} file={a} />
          ))}
        </Stack>
      )}
      {c.canComment ? (
        <form onSubmit={(e) => void onUpload(e)} noValidate>
          <Stack gap="xs">
            <FileInput
              label={t('Add a file')}
              description={t('An image, a PDF, a text or CSV file, up to 10 MB.')}
              value={file}
              onChange={setFile}
              accept={ATTACHMENT_ACCEPT}
              error={error}
              clearable
            />
            <Button type="submit" variant="default" loading={uploading}>
              {t('Upload')}
            </Button>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </div>
  );
}
