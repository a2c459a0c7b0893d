import {
  Badge,
  Box,
  Burger,
  Button,
  Divider,
  Group,
  Image,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { DeferredAccountSwitcher } from '../../features/account-switcher/components/DeferredAccountSwitcher';
import { DeferredUserMenu } from '../../features/auth/components/DeferredUserMenu';
import type { Capability } from '../../gql/graphql';
import { LoadingSkeleton } from '../../ui';
import { useT } from '../i18n';
import type { ShellValue } from '../site/ShellContext';

// The cart's line count loads in its own chunk, after the page (the home page's JavaScript budget).
const CartIndicator = lazy(() =>
  import('../../features/cart/components/CartIndicator').then((m) => ({ default: m.CartIndicator })),
);
// The notifications bell polls its unread count from its own chunk, also after the page.
const NotificationBell = lazy(() =>
  import('../../features/notifications/components/NotificationBell').then((m) => ({
    default: m.NotificationBell,
  })),
);

interface NavItem {
  label: string;
  to: string;
  capability?: Capability;
  /** Match only the exact path (home). */
  end?: boolean;
  /** Other paths where the item is active too (the pricing pages share one item). */
  also?: string[];
}

/** The signed-in layout: header with brand, account and user menu; navigation; the page. */
export function ShellLayout({ shell }: { shell: ShellValue }) {
  const { siteCode, site, viewer, can } = shell;
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const account = viewer.effectiveAccount;
  const t = useT();
  const isBuyerAdmin = !viewer.isSellerSide && viewer.roles.includes('BUYER_ADMIN');

  const items: NavItem[] = [
    { label: t('Home'), to: `/${siteCode}`, end: true },
    { label: t('Catalog'), to: `/${siteCode}/catalog`, capability: 'BROWSE_CATALOG' },
    { label: t('Orders'), to: `/${siteCode}/orders`, capability: 'VIEW_ORDERS' },
    // Invoices (and paying them, under /invoices/pay) of the effective account.
    { label: t('Invoices'), to: `/${siteCode}/invoices`, capability: 'VIEW_ORDERS' },
    // Payments against the account's invoices, with receipts.
    { label: t('Payments'), to: `/${siteCode}/payments`, capability: 'VIEW_ORDERS' },
    // Service cases: the account's own, or the seller's inbox across the accounts they act for.
    { label: t('Cases'), to: `/${siteCode}/cases` },
    // Buyer admins decide on orders above their buyers' limits.
    ...(account && isBuyerAdmin ? [{ label: t('Approvals'), to: `/${siteCode}/approvals` }] : []),
    // Shopping needs an account to shop for.
    ...(account
      ? [
          { label: t('Cart'), to: `/${siteCode}/cart`, also: [`/${siteCode}/checkout`] },
          { label: t('Quick order'), to: `/${siteCode}/quick-order` },
          { label: t('Lists'), to: `/${siteCode}/lists` },
          // The account's users and order limits: buyer admins change them, the seller's people read them.
          ...(isBuyerAdmin || viewer.isSellerSide
            ? [{ label: t('Users'), to: `/${siteCode}/account/users` }]
            : []),
        ]
      : []),
    {
      label: t('Pricing'),
      to: `/${siteCode}/admin/pricing`,
      capability: 'MANAGE_PRICING',
      also: ['promotions', 'catalog-import', 'audit'].map((page) => `/${siteCode}/admin/${page}`),
    },
    { label: t('Fulfilment'), to: `/${siteCode}/admin/fulfilment`, capability: 'FULFIL_ORDERS' },
    { label: t('API playground'), to: '/graphiql', capability: 'USE_PLAYGROUND' },
  ];
  const visible = items.filter((item) => !item.capability || can(item.capability));
  const isActive = (item: NavItem) =>
    item.end
      ? location.pathname === item.to
      : [item.to, ...(item.also ?? [])].some(
          (path) => location.pathname === path || location.pathname.startsWith(`${path}/`),
        );
  const canSwitch = can('SWITCH_ACCOUNT');
  // Below the breakpoint a closed menu is only moved off-screen: make it inert so keyboard and screen
  // reader users don't land in links they cannot see.
  const phone = useMediaQuery('(max-width: 47.99em)');
  const navHidden = Boolean(phone) && !opened;

  return (
    // A plain CSS layout (global.css: .shell-*) rather than Mantine's AppShell, whose resizing and
    // scroll-lock code cost ~8 KiB of the home page's JavaScript budget.
    <>
      <a href="#main" className="skip-link">
        {t('Skip to content')}
      </a>
      <header className="shell-header">
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('Close navigation') : t('Open navigation')}
              aria-expanded={opened}
              aria-controls="portal-navigation"
            />
            <UnstyledButton
              component={Link}
              to={`/${siteCode}`}
              aria-label={t('{site} home', { site: site.name })}
            >
              <Group gap={8} wrap="nowrap">
                <Image src={site.theme.logoUrl} alt="" h={36} w={36} fit="contain" />
                <Text fw={700} size="lg" c="brand.8" visibleFrom="xs" lineClamp={1}>
                  {site.name}
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Suspense fallback={null}>
              <NotificationBell siteCode={siteCode} />
            </Suspense>
            {account ? (
              <Suspense fallback={null}>
                <CartIndicator siteCode={siteCode} accountId={account.id} />
              </Suspense>
            ) : null}
            <EffectiveAccountLabel name={account?.name ?? null} number={account?.number ?? null} />
            {canSwitch ? (
              <Box visibleFrom="md">
                <DeferredAccountSwitcher current={account ?? null} />
              </Box>
            ) : null}
            <DeferredUserMenu siteCode={siteCode} name={viewer.user.name} email={viewer.user.email} />
          </Group>
        </Group>
      </header>

      <nav
        className="shell-navbar"
        data-opened={opened || undefined}
        id="portal-navigation"
        aria-label={t('Main navigation')}
        inert={navHidden || undefined}
        aria-hidden={navHidden || undefined}
      >
        <Stack gap={4}>
          {/* Buttons rather than NavLink: NavLink brings nested-menu code (Collapse, chevrons) this flat
              list never uses, ~2.7 KiB of the home page's JavaScript budget. */}
          {visible.map((item) => (
            <Button
              key={item.to}
              component={Link}
              to={item.to}
              variant={isActive(item) ? 'light' : 'subtle'}
              color={isActive(item) ? 'brand' : 'dark'}
              justify="flex-start"
              fullWidth
              aria-current={isActive(item) ? 'page' : undefined}
              onClick={close}
              fw={500}
            >
              {item.label}
            </Button>
          ))}
        </Stack>
        {canSwitch ? (
          <Box hiddenFrom="md" mt="md">
            <Divider mb="md" />
            <DeferredAccountSwitcher current={account ?? null} onSwitched={close} />
          </Box>
        ) : null}
      </nav>

      <main className="shell-main">
        <Box maw={1280} mx="auto" id="main" tabIndex={-1} style={{ outline: 'none' }}>
          <Suspense fallback={<LoadingSkeleton label={t('Loading page…')} />}>
            <Outlet />
          </Suspense>
        </Box>
      </main>
    </>
  );
}

/** The account everything on screen is for: always visible in the header. */
function EffectiveAccountLabel({ name, number }: { name: string | null; number: string | null }) {
  const t = useT();
  if (!name) {
    return (
      <Badge color="gray" variant="light" size="lg" radius="sm">
        {t('No account selected')}
      </Badge>
    );
  }
  return (
    <Box
      ta="right"
      style={{ minWidth: 0, maxWidth: 220 }}
      aria-label={t('Acting for {name}', { name })}
      role="group"
    >
      <Text size="xs" c="dimmed" lh={1.1} visibleFrom="xs">
        {t('Acting for')}
      </Text>
      <Text size="sm" fw={600} lh={1.2} truncate="end" title={number ? `${name} (${number})` : name}>
        {name}
      </Text>
    </Box>
  );
}
