import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { router } from './router';
import { BrandProvider } from './theme/BrandContext';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <BrandProvider>
        <RouterProvider router={router} />
      </BrandProvider>
    </ApolloProvider>
  );
}
