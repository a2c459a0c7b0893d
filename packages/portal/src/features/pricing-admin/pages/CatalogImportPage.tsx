import {
  Alert,
  Button,
  Code,
  FileInput,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { ScrollX, useLocale } from '../../../ui';
import { AdminHeader } from '../components/AdminHeader';
import {
  MAX_IMPORT_BYTES,
  useCatalogImport,
  type ImportKind,
  type ImportReport,
} from '../hooks/use-catalog-import';

const COLUMNS: Record<ImportKind, string> = {
  products:
    'sku,name,description,category,unit_of_measure,status,min_quantity,max_quantity,increment,attributes,name_fr_ca,description_fr_ca',
  prices: 'price_book,currency,sku,unit_price',
};

interface Checked {
  file: File;
  kind: ImportKind;
  text: string;
  report: ImportReport;
}

/** `/:siteCode/admin/catalog-import`: check then apply a products or prices CSV; download both exports. */
export function CatalogImportPage() {
  const { t } = useI18n();
  const locale = useLocale();
  const ids = useId();
  const [kind, setKind] = useState<ImportKind>('products');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { run, running } = useCatalogImport();

  const megabytes = (bytes: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
  const current = checked && checked.file === file && checked.kind === kind ? checked : null;
  const canApply =
    !!current && current.report.problemCount === 0 && !current.report.applied && current.report.validRows > 0;

  function chooseFile(next: File | null) {
    setFile(next);
    setChecked(null);
    setRefusal(null);
    setFileError(
      next && next.size > MAX_IMPORT_BYTES
        ? t('This file is {size} MB; the limit is 20 MB. Split it into smaller files.', {
            size: megabytes(next.size),
          })
        : null,
    );
  }

  async function check() {
    if (!file) {
      setFileError(t('Choose a CSV file first.'));
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) return;
    setRefusal(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setFileError(t('The file could not be read. Choose it again.'));
      return;
    }
    if (!text.trim()) {
      setFileError(t('The file is empty.'));
      return;
    }
    const answer = await run(kind, text, false);
    if (answer.kind === 'report') setChecked({ file, kind, text, report: answer.report });
    else setRefusal(answer.message);
  }

  async function apply() {
    if (!current || !canApply) return;
    setRefusal(null);
    const answer = await run(current.kind, current.text, true);
    if (answer.kind === 'report') setChecked({ ...current, report: answer.report });
    else setRefusal(answer.message);
  }

  return (
    <>
      <AdminHeader
        title={t('Import & export')}
        description={t(
          'Update products or prices from a spreadsheet saved as CSV. Every row is checked first; nothing changes unless the whole file is valid.',
        )}
      />
      <Stack gap="lg">
        <Paper
          withBorder
          radius="md"
          p={{ base: 'sm', sm: 'lg' }}
          component="section"
          aria-labelledby={`${ids}-import`}
        >
          <Title order={2} fz="lg" id={`${ids}-import`} mb="sm">
            {t('Import a file')}
          </Title>
          <Stack gap="md">
            <Stack gap={4}>
              <Text size="sm" fw={500} id={`${ids}-kind`}>
                {t('What the file holds')}
              </Text>
              <SegmentedControl
                aria-labelledby={`${ids}-kind`}
                value={kind}
                onChange={(value) => {
                  setKind(value as ImportKind);
                  setRefusal(null);
                }}
                data={[
                  { value: 'products', label: t('Products') },
                  { value: 'prices', label: t('Prices') },
                ]}
                style={{ alignSelf: 'flex-start' }}
              />
              <Text size="xs" c="dimmed">
                {t('Columns:')} <Code style={{ overflowWrap: 'anywhere' }}>{COLUMNS[kind]}</Code>
              </Text>
              <Text size="xs" c="dimmed">
                {kind === 'products'
                  ? t('category is the category’s slug; attributes are written facet=value;facet=value.')
                  : t('price_book is the book’s name; unit_price is an amount like 12.50.')}
              </Text>
            </Stack>
            <FileInput
              label={t('CSV file')}
              description={t('Up to 20 MB.')}
              placeholder={t('Choose a file')}
              accept=".csv,text/csv"
              value={file}
              onChange={chooseFile}
              error={fileError}
              clearable
              maw={480}
            />
            <Group gap="sm">
              <Button
                onClick={() => void check()}
                loading={running === 'check'}
                disabled={!!running || !!fileError}
              >
                {t('Check file')}
              </Button>
              <Button
                color="green"
                onClick={() => void apply()}
                loading={running === 'apply'}
                disabled={!canApply || !!running}
              >
                {t('Apply')}
              </Button>
              {!canApply && !running ? (
                <Text size="xs" c="dimmed">
                  {t('Apply becomes available once a check finds no problems.')}
                </Text>
              ) : null}
            </Group>
            {refusal ? (
              <Alert color="red" variant="light" role="alert" title={t('The file was not checked')}>
                {refusal}
              </Alert>
            ) : null}
          </Stack>
        </Paper>

        <div aria-live="polite">
          {current ? <ImportResult report={current.report} fileName={current.file.name} /> : null}
        </div>

        <Paper
          withBorder
          radius="md"
          p={{ base: 'sm', sm: 'lg' }}
          component="section"
          aria-labelledby={`${ids}-export`}
        >
          <Title order={2} fz="lg" id={`${ids}-export`} mb={4}>
            {t('Export')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('Download the current catalog or prices in the same format, to edit and import again.')}
          </Text>
          <Group gap="sm">
            <Button component="a" href="/api/exports/products.csv" download variant="default">
              {t('Download products (CSV)')}
            </Button>
            <Button component="a" href="/api/exports/prices.csv" download variant="default">
              {t('Download prices (CSV)')}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </>
  );
}

function ImportResult({ report, fileName }: { report: ImportReport; fileName: string }) {
  const { t, plural } = useI18n();
  const locale = useLocale();
  const n = (value: number) => value.toLocaleString(locale);
  const clean = report.problemCount === 0;
  const stats: Array<[string, number]> = report.applied
    ? [
        [t('Rows'), report.rows],
        [t('import|Created'), report.created],
        [t('import|Updated'), report.updated],
        [t('import|Unchanged'), report.unchanged],
      ]
    : [
        [t('Rows'), report.rows],
        [t('Valid rows'), report.validRows],
        [t('Problems'), report.problemCount],
      ];
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="import-result"
    >
      <Title order={2} fz="lg" id="import-result" mb={4}>
        {report.applied ? t('Import applied') : t('Check result')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" style={{ overflowWrap: 'anywhere' }}>
        {fileName}
      </Text>
      <Alert
        color={report.applied ? 'green' : clean ? (report.validRows > 0 ? 'green' : 'yellow') : 'red'}
        variant="light"
        mb="md"
      >
        {report.applied
          ? t('The file was applied.')
          : clean
            ? report.validRows > 0
              ? t('No problems found. Apply to make the changes.')
              : t('The file has no rows to import.')
            : plural(
                report.problemCount,
                t('{count} problem found: fix it in the file and check again. Nothing was changed.', {
                  count: n(report.problemCount),
                }),
                t('{count} problems found: fix them in the file and check again. Nothing was changed.', {
                  count: n(report.problemCount),
                }),
              )}
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: stats.length }} spacing="sm" mb={clean ? 0 : 'md'}>
        {stats.map(([label, value]) => (
          <Paper key={label} withBorder radius="sm" p="xs">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={700} fz="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {n(value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {report.problems.length ? (
        <>
          {report.problemCount > report.problems.length ? (
            <Text size="sm" mb="xs">
              {t('Showing the first {shown} of {count} problems.', {
                shown: n(report.problems.length),
                count: n(report.problemCount),
              })}
            </Text>
          ) : null}
          <ScrollX minWidth={560} label={t('Problems in the file')}>
            <Table striped verticalSpacing={6} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={80}>
                    {t('Line')}
                  </Table.Th>
                  <Table.Th scope="col" w={160}>
                    {t('Column')}
                  </Table.Th>
                  <Table.Th scope="col">{t('Problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.problems.map((p, i) => (
                  <Table.Tr key={`${p.line}-${p.column}-${i}`}>
                    <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{p.line}</Table.Td>
                    <Table.Td>
                      {p.column ? (
                        <Code>{p.column}</Code>
                      ) : (
                        <Text span c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{p.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollX>
        </>
      ) : null}
    </Paper>
  );
}
