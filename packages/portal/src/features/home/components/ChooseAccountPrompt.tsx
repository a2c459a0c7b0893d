import { Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';

const AccountSwitcher = lazy(() =>
  import('../../account-switcher/components/AccountSwitcher').then((m) => ({ default: m.AccountSwitcher })),
);

/** Seller-side users with no effective account: nothing account-specific can show until they pick one. */
export function ChooseAccountPrompt() {
  const { can } = useShell();
  const t = useT();
  return (
    <Paper withBorder radius="md" p="lg" role="region" aria-labelledby="choose-account-title">
      <Stack gap="sm" maw={420}>
        <Title order={2} fz="lg" id="choose-account-title">
          {t('Choose an account to work on')}
        </Title>
        <Text size="sm" c="dimmed">
          {t(
            'Orders, prices and figures are shown for the account you act for. Pick one of your assigned accounts.',
          )}
        </Text>
        {can('SWITCH_ACCOUNT') ? (
          <Suspense fallback={null}>
            <AccountSwitcher current={null} />
          </Suspense>
        ) : (
          <Text size="sm">{t('No account is assigned to you yet. Ask your manager to assign one.')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
