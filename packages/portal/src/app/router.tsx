import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Outlet, useRouteError } from 'react-router';
import { NotFoundPage } from '../features/not-found/pages/NotFoundPage';
import { RequireCapability } from './shell/RequireCapability';
import { FullPageError, FullPageLoading } from './shell/FullPage';
import { SignedInShell } from './shell/SignedInShell';
import { SiteRoot } from './site/SiteRoot';
import { describeError } from './errors';
import { useT } from './i18n';

// Every page is its own chunk: the sign-in and home pages load only what they use.
const SitePickerPage = lazy(() =>
  import('../features/sites/pages/SitePickerPage').then((m) => ({ default: m.SitePickerPage })),
);
const SignInPage = lazy(() =>
  import('../features/auth/pages/SignInPage').then((m) => ({ default: m.SignInPage })),
);
const HomePage = lazy(() => import('../features/home/pages/HomePage').then((m) => ({ default: m.HomePage })));
const CatalogPage = lazy(() =>
  import('../features/catalog/pages/CatalogPage').then((m) => ({ default: m.CatalogPage })),
);
const ProductPage = lazy(() =>
  import('../features/catalog/pages/ProductPage').then((m) => ({ default: m.ProductPage })),
);
const OrdersPage = lazy(() =>
  import('../features/orders/pages/OrdersPage').then((m) => ({ default: m.OrdersPage })),
);
const OrderDetailPage = lazy(() =>
  import('../features/orders/pages/OrderDetailPage').then((m) => ({ default: m.OrderDetailPage })),
);
const CartPage = lazy(() => import('../features/cart/pages/CartPage').then((m) => ({ default: m.CartPage })));
const InvoicesPage = lazy(() =>
  import('../features/invoices/pages/InvoicesPage').then((m) => ({ default: m.InvoicesPage })),
);
const InvoiceDetailPage = lazy(() =>
  import('../features/invoices/pages/InvoiceDetailPage').then((m) => ({ default: m.InvoiceDetailPage })),
);
const PayInvoicesPage = lazy(() =>
  import('../features/payments/pages/PayInvoicesPage').then((m) => ({ default: m.PayInvoicesPage })),
);
const PaymentsPage = lazy(() =>
  import('../features/payments/pages/PaymentsPage').then((m) => ({ default: m.PaymentsPage })),
);
const QuickOrderPage = lazy(() =>
  import('../features/cart/pages/QuickOrderPage').then((m) => ({ default: m.QuickOrderPage })),
);
const CheckoutPage = lazy(() =>
  import('../features/checkout/pages/CheckoutPage').then((m) => ({ default: m.CheckoutPage })),
);
const ShellNotFoundPage = lazy(() =>
  import('../features/not-found/pages/ShellNotFoundPage').then((m) => ({ default: m.ShellNotFoundPage })),
);
const PlaygroundPage = lazy(() =>
  import('../features/playground/pages/PlaygroundPage').then((m) => ({ default: m.PlaygroundPage })),
);
const PriceBooksPage = lazy(() =>
  import('../features/pricing-admin/pages/PriceBooksPage').then((m) => ({ default: m.PriceBooksPage })),
);
const PriceBookPricesPage = lazy(() =>
  import('../features/pricing-admin/pages/PriceBookPricesPage').then((m) => ({
    default: m.PriceBookPricesPage,
  })),
);
const VolumeTiersPage = lazy(() =>
  import('../features/pricing-admin/pages/VolumeTiersPage').then((m) => ({ default: m.VolumeTiersPage })),
);
const PromotionsPage = lazy(() =>
  import('../features/pricing-admin/pages/PromotionsPage').then((m) => ({ default: m.PromotionsPage })),
);
const PromotionEditPage = lazy(() =>
  import('../features/pricing-admin/pages/PromotionEditPage').then((m) => ({ default: m.PromotionEditPage })),
);
const CatalogImportPage = lazy(() =>
  import('../features/pricing-admin/pages/CatalogImportPage').then((m) => ({ default: m.CatalogImportPage })),
);
const AuditTrailPage = lazy(() =>
  import('../features/pricing-admin/pages/AuditTrailPage').then((m) => ({ default: m.AuditTrailPage })),
);
const ApprovalsPage = lazy(() =>
  import('../features/orders/pages/ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/pages/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
);
const FulfilmentPage = lazy(() =>
  import('../features/fulfilment/pages/FulfilmentPage').then((m) => ({ default: m.FulfilmentPage })),
);
const FulfilOrderPage = lazy(() =>
  import('../features/fulfilment/pages/FulfilOrderPage').then((m) => ({ default: m.FulfilOrderPage })),
);
const AccountUsersPage = lazy(() =>
  import('../features/account-users/pages/AccountUsersPage').then((m) => ({ default: m.AccountUsersPage })),
);
const WishlistsPage = lazy(() =>
  import('../features/wishlists/pages/WishlistsPage').then((m) => ({ default: m.WishlistsPage })),
);
const WishlistPage = lazy(() =>
  import('../features/wishlists/pages/WishlistPage').then((m) => ({ default: m.WishlistPage })),
);
const CasesPage = lazy(() =>
  import('../features/cases/pages/CasesPage').then((m) => ({ default: m.CasesPage })),
);
const NewCasePage = lazy(() =>
  import('../features/cases/pages/NewCasePage').then((m) => ({ default: m.NewCasePage })),
);
const CasePage = lazy(() =>
  import('../features/cases/pages/CasePage').then((m) => ({ default: m.CasePage })),
);

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageLoading />}>{children}</Suspense>;
}

function RouteError() {
  const error = useRouteError();
  const t = useT();
  // A failed chunk load after a deploy is the usual cause: a reload fetches the new files.
  return <FullPageError message={describeError(error, t)} onRetry={() => window.location.reload()} />;
}

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Outlet />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        element: (
          <Page>
            <SitePickerPage />
          </Page>
        ),
      },
      {
        path: 'graphiql',
        element: (
          <Page>
            <PlaygroundPage />
          </Page>
        ),
      },
      {
        path: ':siteCode',
        element: <SiteRoot />,
        errorElement: <RouteError />,
        children: [
          {
            path: 'sign-in',
            element: (
              <Page>
                <SignInPage />
              </Page>
            ),
          },
          {
            element: <SignedInShell />,
            children: [
              { index: true, element: <HomePage /> },
              {
                path: 'catalog',
                element: (
                  <RequireCapability capability="BROWSE_CATALOG">
                    <CatalogPage />
                  </RequireCapability>
                ),
              },
              {
                path: 'products/:productId',
                element: (
                  <RequireCapability capability="BROWSE_CATALOG">
                    <ProductPage />
                  </RequireCapability>
                ),
              },
              {
                path: 'orders',
                element: (
                  <RequireCapability capability="VIEW_ORDERS">
                    <OrdersPage />
                  </RequireCapability>
                ),
              },
              {
                path: 'orders/:orderId',
                element: (
                  <RequireCapability capability="VIEW_ORDERS">
                    <OrderDetailPage />
                  </RequireCapability>
                ),
              },
              // Invoices of the effective account (the list says so when there is none).
              {
                path: 'invoices',
                element: (
                  <RequireCapability capability="VIEW_ORDERS">
                    <InvoicesPage />
                  </RequireCapability>
                ),
              },
              {
                path: 'invoices/:invoiceId',
                element: (
                  <RequireCapability capability="VIEW_ORDERS">
                    <InvoiceDetailPage />
                  </RequireCapability>
                ),
              },
              // Paying invoices and the payment history (the pages say so when there is no account).
              {
                path: 'invoices/pay',
                element: (
                  <RequireCapability capability="VIEW_ORDERS">
                    <PayInvoicesPage />
                  </RequireCapability>
                ),
              },
              {
                path: 'payments',
                element: (
                  <RequireCapability capability="VIEW_ORDERS">
                    <PaymentsPage />
                  </RequireCapability>
                ),
              },
              // Cart, quick order and checkout: for the effective account (the pages say so when there is none).
              { path: 'cart', element: <CartPage /> },
              { path: 'quick-order', element: <QuickOrderPage /> },
              { path: 'checkout', element: <CheckoutPage /> },
              {
                // Pricing administration: one guard for all its pages.
                element: (
                  <RequireCapability capability="MANAGE_PRICING">
                    <Outlet />
                  </RequireCapability>
                ),
                children: [
                  { path: 'admin/pricing', element: <PriceBooksPage /> },
                  { path: 'admin/pricing/books/:bookId', element: <PriceBookPricesPage /> },
                  { path: 'admin/pricing/tiers', element: <VolumeTiersPage /> },
                  { path: 'admin/promotions', element: <PromotionsPage /> },
                  { path: 'admin/promotions/new', element: <PromotionEditPage /> },
                  { path: 'admin/promotions/:promotionId', element: <PromotionEditPage /> },
                  { path: 'admin/catalog-import', element: <CatalogImportPage /> },
                  { path: 'admin/audit', element: <AuditTrailPage /> },
                ],
              },
              // Approvals (buyer admins), the account's users, lists and notifications: each page says
              // when the viewer has no account or the wrong role.
              { path: 'approvals', element: <ApprovalsPage /> },
              { path: 'account/users', element: <AccountUsersPage /> },
              { path: 'lists', element: <WishlistsPage /> },
              { path: 'lists/:listId', element: <WishlistPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              // Service cases: the account's (customers) or an inbox across assigned accounts (the seller's people).
              { path: 'cases', element: <CasesPage /> },
              { path: 'cases/new', element: <NewCasePage /> },
              { path: 'cases/:caseId', element: <CasePage /> },
              {
                // Fulfilment by the seller: one guard for its pages.
                element: (
                  <RequireCapability capability="FULFIL_ORDERS">
                    <Outlet />
                  </RequireCapability>
                ),
                children: [
                  { path: 'admin/fulfilment', element: <FulfilmentPage /> },
                  { path: 'admin/fulfilment/:orderNumber', element: <FulfilOrderPage /> },
                ],
              },
              { path: '*', element: <ShellNotFoundPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
