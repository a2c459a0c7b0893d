import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n';
import { isDay } from '../../../ui';
import { statementHref } from './invoice-params';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function monthsBack(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  return first.toISOString().slice(0, 10);
}

/** The statement of account for a date range: opening balance, activity, closing balance, aging; as PDF or CSV. */
export function StatementDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const [to, setTo] = useState(today);
  const [from, setFrom] = useState(() => monthsBack(today(), 3));
  const fromError = !isDay(from) ? t('Choose a start date') : null;
  const toError = !isDay(to)
    ? t('Choose an end date')
    : isDay(from) && from > to
      ? t('The end date must not be before the start date')
      : null;
  const ready = !fromError && !toError;
  return (
    <Modal opened={opened} onClose={onClose} title={t('Statement of account')} centered>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(
            'Opening balance, invoices, credit memos and payments in the period, closing balance and aging.',
          )}
        </Text>
        <TextInput
          type="date"
          label={t('From')}
          value={from}
          error={fromError}
          onChange={(e) => setFrom(e.currentTarget.value)}
          required
        />
        <TextInput
          type="date"
          label={t('To')}
          value={to}
          error={toError}
          onChange={(e) => setTo(e.currentTarget.value)}
          required
        />
        <Group justify="flex-end" gap="xs">
          <Button
            component="a"
            variant="default"
            href={ready ? statementHref('csv', from, to) : undefined}
            download
            disabled={!ready}
            data-disabled={!ready || undefined}
          >
            {t('Download CSV')}
          </Button>
          <Button
            component="a"
            href={ready ? statementHref('pdf', from, to) : undefined}
            target="_blank"
            rel="noopener"
            disabled={!ready}
            data-disabled={!ready || undefined}
          >
            {t('Download PDF')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
