import { Anchor, Button, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { wishlistPath } from '../wishlist-paths';

const AddToListDialog = lazy(() => import('./AddToListDialog').then((m) => ({ default: m.AddToListDialog })));

/**
 * "Add to list" on a product's page: choose one of the account's lists (or name a new one) and the
 * quantity; then a link to the list. Needs an account to keep lists for.
 */
export function AddToListButton({ sku, name, quantity }: { sku: string; name: string; quantity: number }) {
  const t = useT();
  const { siteCode, viewer } = useShell();
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  if (!viewer.effectiveAccount) return null;
  return (
    <Stack gap={4}>
      <Button variant="default" size="md" onClick={() => setOpen(true)}>
        {t('Add to list')}
      </Button>
      <div aria-live="polite">
        {added ? (
          <Text size="xs">
            {t('Added to “{list}”.', { list: added.name })}{' '}
            <Anchor component={Link} to={wishlistPath(siteCode, added.id)} size="xs">
              {t('View list')}
            </Anchor>
          </Text>
        ) : null}
      </div>
      {open ? (
        <Suspense fallback={null}>
          <AddToListDialog
            sku={sku}
            name={name}
            quantity={quantity}
            onClose={() => setOpen(false)}
            onAdded={(list) => {
              setOpen(false);
              setAdded(list);
            }}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}
