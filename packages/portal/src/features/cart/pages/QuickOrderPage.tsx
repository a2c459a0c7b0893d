import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { PageHeader } from '../../../ui';
import { useFormat } from '../../catalog/components/format';
import { NoAccountNotice } from '../components/NoAccountNotice';
import { cartPath } from '../cart-paths';
import { RejectedLines } from '../components/RejectedLines';
import {
  MAX_FILE_BYTES,
  MAX_PASTE_BYTES,
  useQuickOrder,
  type QuickOrderReport,
} from '../hooks/use-quick-order';

const EXAMPLE = 'NB-SE-101, 3\nNB-EA-001; 2\nNB-CL-001\t4';

/**
 * `/:siteCode/quick-order`: paste "SKU, quantity" lines or upload a CSV file; the report says how many
 * lines were added and lists every line that was not, with why and a suggested quantity to add at once.
 */
export function QuickOrderPage() {
  const { t, plural } = useI18n();
  const { number } = useFormat();
  const { siteCode, viewer } = useShell();
  const { paste, upload, busy, workingCartId } = useQuickOrder();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [pasteProblem, setPasteProblem] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [report, setReport] = useState<QuickOrderReport | null>(null);
  const [extraAdded, setExtraAdded] = useState(0);
  const [sending, setSending] = useState<'paste' | 'file' | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);

  if (!viewer.effectiveAccount) {
    return (
      <>
        <PageHeader title={t('Quick order')} />
        <NoAccountNotice />
      </>
    );
  }

  function show(result: QuickOrderReport | { error: string }, source: 'paste' | 'file') {
    if ('error' in result) {
      if (source === 'paste') setPasteProblem(result.error);
      else setFileProblem(result.error);
      return;
    }
    setReport(result);
    setExtraAdded(0);
    if (source === 'paste' && result.rejected.length === 0) setText('');
    if (source === 'file') setFile(null);
    requestAnimationFrame(() => reportRef.current?.focus());
  }

  async function sendPaste() {
    setPasteProblem(null);
    if (!text.trim()) {
      setPasteProblem(t('Paste at least one line: a SKU, then a quantity.'));
      return;
    }
    if (new TextEncoder().encode(text).length > MAX_PASTE_BYTES) {
      setPasteProblem(t('This list is too long to paste; save it as a CSV file and upload it.'));
      return;
    }
    setSending('paste');
    show(await paste(text), 'paste');
    setSending(null);
  }

  async function sendFile() {
    setFileProblem(null);
    if (!file) {
      setFileProblem(t('Choose a CSV file.'));
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setFileProblem(t('The file is larger than 2 MB; split it into smaller files.'));
      return;
    }
    setSending('file');
    show(await upload(file), 'file');
    setSending(null);
  }

  const added = report ? report.addedCount + extraAdded : 0;
  const toCart = cartPath(siteCode, workingCartId);

  return (
    <>
      <PageHeader
        title={t('Quick order')}
        description={t('Add many products at once by SKU: paste a list or upload a CSV file.')}
        actions={
          <Button component={Link} to={toCart} variant="default">
            {t('View cart')}
          </Button>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="quick-paste">
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void sendPaste();
              }}
            >
              <Stack gap="sm">
                <Title order={2} fz="lg" id="quick-paste">
                  {t('Paste lines')}
                </Title>
                <Textarea
                  label={t('SKU and quantity, one product per line')}
                  description={t(
                    'Separate them with a comma, a semicolon or a tab (a spreadsheet copy works).',
                  )}
                  placeholder={EXAMPLE}
                  value={text}
                  onChange={(e) => {
                    setPasteProblem(null);
                    setText(e.currentTarget.value);
                  }}
                  autosize
                  minRows={6}
                  maxRows={16}
                  spellCheck={false}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  error={pasteProblem ?? undefined}
                />
                <Group>
                  <Button type="submit" loading={sending === 'paste'} disabled={busy && sending !== 'paste'}>
                    {t('Add to cart')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Card>

          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="quick-file">
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void sendFile();
              }}
            >
              <Stack gap="sm">
                <Title order={2} fz="lg" id="quick-file">
                  {t('Upload a CSV file')}
                </Title>
                <FileInput
                  label={t('CSV file')}
                  description={t(
                    'Up to 2 MB and 5,000 lines: a SKU column, then a quantity column; a header row is fine.',
                  )}
                  placeholder={t('Choose a file')}
                  accept=".csv,text/csv,text/plain"
                  value={file}
                  onChange={(f) => {
                    setFileProblem(null);
                    setFile(f);
                  }}
                  clearable
                  clearButtonProps={{ 'aria-label': t('Remove the file') }}
                  error={fileProblem ?? undefined}
                />
                <Group>
                  <Button type="submit" loading={sending === 'file'} disabled={busy && sending !== 'file'}>
                    {t('Upload and add to cart')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Card>
        </SimpleGrid>

        {report ? (
          <Card
            withBorder
            radius="md"
            padding="md"
            component="section"
            aria-labelledby="quick-report"
            ref={reportRef}
            tabIndex={-1}
            style={{ outline: 'none' }}
          >
            <Stack gap="md">
              <Group justify="space-between" align="flex-start" gap="sm">
                <Title order={2} fz="lg" id="quick-report">
                  {report.ownerName
                    ? plural(
                        added,
                        t('{count} line added to {name}’s cart', {
                          count: number(added),
                          name: report.ownerName,
                        }),
                        t('{count} lines added to {name}’s cart', {
                          count: number(added),
                          name: report.ownerName,
                        }),
                      )
                    : plural(
                        added,
                        t('{count} line added to the cart', { count: number(added) }),
                        t('{count} lines added to the cart', { count: number(added) }),
                      )}
                </Title>
                <Button component={Link} to={toCart} variant="light">
                  {t('Go to the cart')}
                </Button>
              </Group>
              {report.warnings.length ? (
                <Alert color="yellow" variant="light" title={t('Please note')}>
                  <List size="sm" spacing={4}>
                    {report.warnings.map((w, i) => (
                      <List.Item key={i}>{w}</List.Item>
                    ))}
                  </List>
                </Alert>
              ) : null}
              {report.rejected.length ? (
                <RejectedLines
                  key={report.cartId + report.rejected.length + report.source}
                  rejected={report.rejected}
                  onAdded={() => setExtraAdded((n) => n + 1)}
                />
              ) : (
                <Text size="sm" c="green.8">
                  {t('Every line was added.')}
                </Text>
              )}
            </Stack>
          </Card>
        ) : null}
      </Stack>
    </>
  );
}
