import type { ApolloClient } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Select, Text, TextInput, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { describeError } from '../../../app/errors';
import { interfaceLanguage, loadLanguage, useT } from '../../../app/i18n';
import { graphql } from '../../../gql';

const AccountSwitcherQuery = graphql(`
  query AccountSwitcher($search: String) {
    accounts(first: 20, search: $search) {
      totalCount
      edges {
        node {
          id
          name
          number
        }
      }
    }
  }
`);

const SwitchAccountMutation = graphql(`
  mutation SwitchAccount($accountId: ID!) {
    switchAccount(accountId: $accountId) {
      __typename
      ... on SwitchAccountSuccess {
        viewer {
          effectiveAccount {
            id
            name
          }
          locale
        }
      }
      ... on UserError {
        code
        message
      }
    }
  }
`);

/** Loads the first page of accounts into the cache, so the switcher opens with its list ready. */
export function prefetchAccounts(client: ApolloClient): Promise<unknown> {
  return client.query({ query: AccountSwitcherQuery, variables: { search: null } }).catch(() => undefined);
}

export interface AccountSwitcherProps {
  current: { id: string; name: string; number: string } | null;
  /** Called after a successful switch, e.g. to close the mobile menu. */
  onSwitched?: () => void;
  /** Focus the box and open the list at once (when shown in answer to a click). */
  autoOpen?: boolean;
  /** What was already typed while the switcher loaded. */
  initialSearch?: string;
}

/**
 * On focus: the account acted for is selected whole (typing replaces it); anything else keeps the caret
 * after what was typed.
 */
function focusText(currentLabel: string) {
  return (event: { currentTarget: HTMLInputElement }) => {
    const input = event.currentTarget;
    const end = input.value.length;
    input.setSelectionRange(input.value === currentLabel ? 0 : end, end);
  };
}

/**
 * Seller-side users choose which account they act for. Searching goes to the server (name or
 * number); after a switch the whole Apollo store is reset so every page refetches for the new account.
 */
export function AccountSwitcher({
  current,
  onSwitched,
  autoOpen = false,
  initialSearch = '',
}: AccountSwitcherProps) {
  // The box starts with what was typed while it loaded, else the account acted for (as a select shows it).
  const [search, setSearch] = useState(
    () => initialSearch || (current ? `${current.name} (${current.number})` : ''),
  );
  const [debounced] = useDebouncedValue(search, 250);
  const [error, setError] = useState<string | null>(null);
  const [switching, setSwitching] = useState(false);
  const client = useApolloClient();
  const t = useT();
  const currentLabel = current ? `${current.name} (${current.number})` : '';
  // While the box shows the current account's label, list everything rather than searching for it.
  const searchTerm = debounced.trim() && debounced !== currentLabel ? debounced.trim() : null;
  const {
    data: currentData,
    previousData,
    loading,
    error: loadError,
  } = useQuery(AccountSwitcherQuery, {
    variables: { search: searchTerm },
    fetchPolicy: 'cache-first',
  });
  // While a new search loads, keep showing the last list: options that vanish and come back make the
  // dropdown flicker under the pointer.
  const data = currentData ?? previousData;
  const [switchAccount] = useMutation(SwitchAccountMutation);

  const options = useMemo<ComboboxItem[]>(() => {
    const items = (data?.accounts.edges ?? []).map(({ node }) => ({
      value: node.id,
      label: `${node.name} (${node.number})`,
    }));
    if (current && !items.some((i) => i.value === current.id))
      items.unshift({ value: current.id, label: currentLabel });
    return items;
  }, [data, current, currentLabel]);

  async function onChange(accountId: string | null) {
    if (!accountId || accountId === current?.id) return;
    setError(null);
    setSwitching(true);
    try {
      const { data: result } = await switchAccount({ variables: { accountId } });
      const outcome = result?.switchAccount;
      if (outcome?.__typename === 'SwitchAccountSuccess') {
        // The account may speak another language: fetch its dictionary before the page redraws.
        await loadLanguage(interfaceLanguage(outcome.viewer.locale)).catch(() => undefined);
        await client.resetStore();
        onSwitched?.();
      } else if (outcome) {
        // The only refusal is AccountNotAccessible: phrase it in the interface language.
        setError(t('You may not act for that account.'));
      }
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setSwitching(false);
    }
  }

  if (!data && loading) {
    // Until the first list arrives, a plain box takes what is typed (nothing is lost); the select then
    // opens with that search.
    return (
      <TextInput
        label={t('Acting for account')}
        placeholder={t('Loading accounts…')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        autoFocus={autoOpen}
        onFocus={focusText(currentLabel)}
        size="sm"
        w={{ base: '100%', sm: 280 }}
      />
    );
  }

  const total = data?.accounts.totalCount ?? 0;
  const shown = data?.accounts.edges.length ?? 0;
  return (
    <Select
      label={t('Acting for account')}
      placeholder={t('Choose an account')}
      searchable
      data={options}
      // The selected account is the select's own (a controlled value makes Mantine reset the search text
      // on mount and when options change); the search text is ours, so what was typed while the list
      // loaded carries over. The list is filtered locally at once and by the server beyond the first page.
      defaultValue={current?.id ?? null}
      onChange={(value) => void onChange(value)}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={loading ? t('Searching…') : t('No accounts match')}
      disabled={switching}
      error={error ?? (loadError ? describeError(loadError, t) : undefined)}
      description={
        total > shown ? t('Showing {shown} of {total}; type to search', { shown, total }) : undefined
      }
      comboboxProps={{ withinPortal: true }}
      allowDeselect={false}
      defaultDropdownOpened={autoOpen}
      autoFocus={autoOpen}
      onFocus={focusText(currentLabel)}
      size="sm"
      w={{ base: '100%', sm: 280 }}
      rightSectionPointerEvents="none"
      inputContainer={(children) => (
        <div>
          {children}
          {switching ? (
            <Text size="xs" c="dimmed" role="status">
              {t('Switching account…')}
            </Text>
          ) : null}
        </div>
      )}
    />
  );
}
