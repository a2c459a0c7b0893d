import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import type { CaseType } from '../../../gql/graphql';
import { EmptyState, ErrorState, LoadingSkeleton, PageHeader } from '../../../ui';
import { CASE_TYPES, caseTypeLabel } from '../components/case-labels';
import { forgetCaseLists } from '../hooks/cases-cache';
import { focusFirstInvalid } from '../hooks/focus-invalid';
import { ATTACHMENT_ACCEPT, attachmentProblem, uploadAttachment } from '../hooks/upload-attachment';

const SUBJECT_MAX = 200;
const DESCRIPTION_MAX = 5000;

const NewCaseRecordsQuery = graphql(`
  query NewCaseRecords(
    $orderId: ID!
    $withOrder: Boolean!
    $invoiceId: ID!
    $withInvoice: Boolean!
    $productId: ID!
    $withProduct: Boolean!
  ) {
    order(id: $orderId) @include(if: $withOrder) {
      id
      number
      lines(first: 100) {
        edges {
          node {
            id
            lineNumber
            sku
            name
          }
        }
      }
    }
    invoice(id: $invoiceId) @include(if: $withInvoice) {
      id
      number
    }
    product(id: $productId) @include(if: $withProduct) {
      id
      sku
      name
    }
  }
`);

const OpenCaseMutation = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      __typename
      ... on CaseOpened {
        serviceCase {
          id
          number
        }
      }
      ... on ValidationFailed {
        message
        problems {
          field
          message
        }
      }
    }
  }
`);

type Field = 'type' | 'subject' | 'description' | 'file' | 'record';

/**
 * `/:siteCode/cases/new[?orderId=…[&orderLineId=…]|?invoiceId=…|?productId=…]`: opens a case about the
 * record in the address (from the order, invoice or product page), or a general one.
 */
export function NewCasePage() {
  const { siteCode, viewer } = useShell();
  const t = useT();
  const [params] = useSearchParams();
  const orderId = params.get('orderId') ?? '';
  const invoiceId = params.get('invoiceId') ?? '';
  const productId = params.get('productId') ?? '';
  const records = useQuery(NewCaseRecordsQuery, {
    variables: {
      orderId,
      withOrder: !!orderId,
      invoiceId,
      withInvoice: !!invoiceId && !orderId,
      productId,
      withProduct: !!productId && !orderId && !invoiceId,
    },
    skip: !orderId && !invoiceId && !productId,
  });
  const back = (
    <Anchor component={Link} to={`/${siteCode}/cases`} size="sm">
      ← {t('All cases')}
    </Anchor>
  );

  if (viewer.isSellerSide || !viewer.effectiveAccount) {
    return (
      <>
        <PageHeader title={t('Open a case')} above={back} />
        <EmptyState
          title={t('Cases are opened by the account’s buyers and partners')}
          description={t('Answer the cases of your accounts from the cases inbox.')}
          action={
            <Anchor component={Link} to={`/${siteCode}/cases`}>
              {t('Go to the cases')}
            </Anchor>
          }
        />
      </>
    );
  }
  if ((orderId || invoiceId || productId) && !records.data) {
    if (records.error)
      return (
        <>
          <PageHeader title={t('Open a case')} above={back} />
          <ErrorState
            message={describeError(records.error, t)}
            onRetry={() => void records.refetch()}
            retrying={records.loading}
          />
        </>
      );
    return <LoadingSkeleton label={t('Loading…')} count={4} />;
  }
  const order = records.data?.order ?? null;
  const invoice = records.data?.invoice ?? null;
  const product = records.data?.product ?? null;
  const missing =
    (!!orderId && !order) ||
    (!orderId && !!invoiceId && !invoice) ||
    (!orderId && !invoiceId && !!productId && !product);
  if (missing) {
    return (
      <>
        <PageHeader title={t('Open a case')} above={back} />
        <EmptyState
          title={t('We can’t find what this case would be about')}
          description={t('It doesn’t exist, or it belongs to an account you aren’t acting for.')}
        />
      </>
    );
  }
  return (
    <NewCaseForm
      back={back}
      order={
        order ? { id: order.id, number: order.number, lines: order.lines.edges.map((e) => e.node) } : null
      }
      invoice={invoice}
      product={product}
      initialLineId={params.get('orderLineId') ?? ''}
    />
  );
}

function NewCaseForm({
  back,
  order,
  invoice,
  product,
  initialLineId,
}: {
  back: ReactNode;
  order: {
    id: string;
    number: string;
    lines: Array<{ id: string; lineNumber: number; sku: string; name: string }>;
  } | null;
  invoice: { id: string; number: string } | null;
  product: { id: string; sku: string; name: string } | null;
  initialLineId: string;
}) {
  const { siteCode } = useShell();
  const t = useT();
  const navigate = useNavigate();
  const [type, setType] = useState<CaseType | ''>(
    invoice ? 'BILLING_QUESTION' : product ? 'PRODUCT_QUESTION' : '',
  );
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [lineId, setLineId] = useState(order?.lines.some((l) => l.id === initialLineId) ? initialLineId : '');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [open] = useMutation(OpenCaseMutation, { update: (cache) => forgetCaseLists(cache) });

  function check(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!type) found.type = t('Choose what the case is about.');
    const s = subject.trim();
    if (s.length < 3 || s.length > SUBJECT_MAX) found.subject = t('The subject must be 3 to 200 characters.');
    if (!description.trim()) found.description = t('Describe the problem.');
    if (file) {
      const p = attachmentProblem(file, t);
      if (p) found.file = p;
    }
    return found;
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setProblem(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirstInvalid(formRef.current);
      return;
    }
    setBusy(true);
    try {
      const { data } = await open({
        variables: {
          input: {
            type: type as CaseType,
            subject,
            description,
            orderId: order && !lineId ? order.id : null,
            orderLineId: order && lineId ? lineId : null,
            invoiceId: invoice?.id ?? null,
            productId: product?.id ?? null,
          },
        },
      });
      const r = data!.openCase;
      if (r.__typename === 'ValidationFailed') {
        const next: Partial<Record<Field, string>> = {};
        for (const p of r.problems) {
          const field: Field = p.field === 'subject' || p.field === 'description' ? p.field : 'record';
          next[field] ??= p.message;
        }
        setErrors(next);
        if (next.record) setProblem(next.record);
        focusFirstInvalid(formRef.current);
        return;
      }
      const caseId = r.serviceCase.id;
      let failed: string | null = null;
      if (file) failed = await uploadAttachment(caseId, file, t);
      navigate(`/${siteCode}/cases/${encodeURIComponent(caseId)}`, {
        state: failed ? { uploadProblem: failed } : null,
      });
    } catch (err) {
      setProblem(describeError(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeader
        above={back}
        title={t('Open a case')}
        description={t('Tell the seller what is wrong; they answer here and you are notified.')}
      />
      <Card withBorder radius="md" padding="lg" maw={720}>
        <form ref={formRef} onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('Open a case')}>
          <Stack gap="md">
            {order ? (
              <>
                <Text size="sm">{t('About order {number}', { number: order.number })}</Text>
                <NativeSelect
                  label={t('Which part of the order')}
                  value={lineId}
                  onChange={(e) => setLineId(e.currentTarget.value)}
                  data={[
                    { value: '', label: t('The whole order') },
                    ...order.lines.map((l) => ({
                      value: l.id,
                      label: t('Line {line}: {sku} — {name}', {
                        line: l.lineNumber,
                        sku: l.sku,
                        name: l.name,
                      }),
                    })),
                  ]}
                />
              </>
            ) : invoice ? (
              <Text size="sm">{t('About invoice {number}', { number: invoice.number })}</Text>
            ) : product ? (
              <Text size="sm">
                {t('About product {sku} — {name}', { sku: product.sku, name: product.name })}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('A general case, about no order, invoice or product in particular.')}
              </Text>
            )}
            <NativeSelect
              label={t('Type')}
              value={type}
              onChange={(e) => setType(e.currentTarget.value as CaseType | '')}
              data={[
                { value: '', label: t('Choose…') },
                ...CASE_TYPES.map((value) => ({ value, label: caseTypeLabel(value, t) })),
              ]}
              error={errors.type}
              required
            />
            <TextInput
              label={t('Subject')}
              description={t('3 to 200 characters.')}
              value={subject}
              onChange={(e) => setSubject(e.currentTarget.value)}
              error={errors.subject}
              maxLength={SUBJECT_MAX}
              required
            />
            <Textarea
              label={t('Description')}
              description={t(
                'What happened, and what you would like the seller to do (up to 5,000 characters).',
              )}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={errors.description}
              maxLength={DESCRIPTION_MAX}
              autosize
              minRows={5}
              maxRows={16}
              required
            />
            <FileInput
              label={t('Attach a file (optional)')}
              description={t('An image, a PDF, a text or CSV file, up to 10 MB.')}
              value={file}
              onChange={setFile}
              accept={ATTACHMENT_ACCEPT}
              error={errors.file}
              clearable
            />
            {problem ? (
              <Alert color="red" variant="light" role="alert" title={t('The case was not opened')}>
                {problem}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button type="submit" loading={busy}>
                {t('Open case')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}
