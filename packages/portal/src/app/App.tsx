import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { I18nProvider, useDeviceLanguage } from './i18n';
import { router } from './router';
import { BrandProvider } from './theme/BrandContext';

export function App() {
  const [client] = useState(createApolloClient);
  // Until a site says otherwise (and on pages outside a site), speak the language last used here; a
  // French dictionary starts loading at once, alongside the site's first query.
  const deviceLanguage = useDeviceLanguage();
  return (
    <ApolloProvider client={client}>
      <BrandProvider>
        <I18nProvider locale={deviceLanguage}>
          <RouterProvider router={router} />
        </I18nProvider>
      </BrandProvider>
    </ApolloProvider>
  );
}
