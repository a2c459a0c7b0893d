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
const ShellNotFoundPage = lazy(() =>
  import('../features/not-found/pages/ShellNotFoundPage').then((m) => ({ default: m.ShellNotFoundPage })),
);
const PlaygroundPage = lazy(() =>
  import('../features/playground/pages/PlaygroundPage').then((m) => ({ default: m.PlaygroundPage })),
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
              { path: '*', element: <ShellNotFoundPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
