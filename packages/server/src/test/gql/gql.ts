/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment OrderDeep on Order {\n    id\n    number\n    status\n    poNumber\n    total {\n      amount\n      currency\n    }\n    placedBy {\n      name\n      onBehalf\n    }\n    shipTo {\n      label\n      city\n    }\n    account {\n      id\n      name\n      number\n      shipToAddresses {\n        label\n      }\n      summary {\n        openOrderCount\n        spendLast12Months {\n          amount\n        }\n      }\n    }\n    lines(first: 5) {\n      totalCount\n      edges {\n        node {\n          sku\n          name\n          product {\n            id\n            sku\n            name\n            listPrice {\n              amount\n            }\n            category {\n              name\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderDeepFragmentDoc,
    "\n    query MatrixViewer {\n      viewer {\n        user {\n          name\n          email\n        }\n        site {\n          code\n          name\n        }\n        roles\n        effectiveAccount {\n          id\n          name\n          number\n          shipToAddresses {\n            label\n          }\n          summary {\n            ordersLast12Months\n          }\n        }\n      }\n    }\n  ": typeof types.MatrixViewerDocument,
    "\n    query MatrixSite($code: String!) {\n      site(code: $code) {\n        code\n        name\n        theme {\n          primaryColor\n        }\n      }\n    }\n  ": typeof types.MatrixSiteDocument,
    "\n    query MatrixSites {\n      sites {\n        code\n        name\n      }\n    }\n  ": typeof types.MatrixSitesDocument,
    "\n    query MatrixAccounts($search: String) {\n      accounts(first: 100, search: $search) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            number\n            shipToAddresses {\n              label\n            }\n            summary {\n              openOrderCount\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.MatrixAccountsDocument,
    "\n    query MatrixAccount($id: ID!) {\n      account(id: $id) {\n        id\n        name\n        number\n        shipToAddresses {\n          label\n        }\n      }\n    }\n  ": typeof types.MatrixAccountDocument,
    "\n    query MatrixCategories {\n      categories {\n        id\n        name\n        parent {\n          name\n        }\n        productCount\n      }\n    }\n  ": typeof types.MatrixCategoriesDocument,
    "\n    query MatrixProducts($search: String, $categoryId: ID) {\n      products(first: 100, search: $search, categoryId: $categoryId) {\n        totalCount\n        edges {\n          node {\n            id\n            sku\n            name\n            listPrice {\n              amount\n            }\n            category {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.MatrixProductsDocument,
    "\n    query MatrixProduct($id: ID!) {\n      product(id: $id) {\n        id\n        sku\n        name\n      }\n    }\n  ": typeof types.MatrixProductDocument,
    "\n    query MatrixProductBySku($sku: String!) {\n      productBySku(sku: $sku) {\n        id\n        sku\n        name\n      }\n    }\n  ": typeof types.MatrixProductBySkuDocument,
    "\n    query MatrixOrders {\n      orders(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...OrderDeep\n          }\n        }\n      }\n    }\n  ": typeof types.MatrixOrdersDocument,
    "\n    query MatrixOrder($id: ID!) {\n      order(id: $id) {\n        ...OrderDeep\n      }\n    }\n  ": typeof types.MatrixOrderDocument,
    "\n    mutation MatrixSignIn($input: SignInInput!) {\n      signIn(input: $input) {\n        __typename\n        ... on UserError {\n          code\n        }\n      }\n    }\n  ": typeof types.MatrixSignInDocument,
    "\n    mutation MatrixSignOut {\n      signOut\n    }\n  ": typeof types.MatrixSignOutDocument,
    "\n    mutation MatrixSwitchAccount($accountId: ID!) {\n      switchAccount(accountId: $accountId) {\n        __typename\n        ... on SwitchAccountSuccess {\n          viewer {\n            effectiveAccount {\n              id\n              name\n            }\n          }\n        }\n        ... on UserError {\n          code\n        }\n      }\n    }\n  ": typeof types.MatrixSwitchAccountDocument,
    "\n  query CountOrders($first: Int!) {\n    orders(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          placedBy {\n            name\n            onBehalf\n          }\n          shipTo {\n            label\n          }\n          account {\n            name\n            summary {\n              openOrderCount\n            }\n            shipToAddresses {\n              label\n            }\n          }\n          lines(first: 3) {\n            totalCount\n            edges {\n              node {\n                sku\n                product {\n                  name\n                  listPrice {\n                    amount\n                  }\n                  category {\n                    name\n                    parent {\n                      name\n                    }\n                    productCount\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountOrdersDocument,
    "\n  query CountProducts($first: Int!) {\n    products(first: $first) {\n      totalCount\n      edges {\n        node {\n          sku\n          listPrice {\n            amount\n            currency\n          }\n          category {\n            name\n            productCount\n            parent {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountProductsDocument,
    "\n  query CountAccounts($first: Int!) {\n    accounts(first: $first) {\n      totalCount\n      edges {\n        node {\n          name\n          shipToAddresses {\n            label\n          }\n          summary {\n            openOrderCount\n            spendLast12Months {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountAccountsDocument,
    "\n  query CountCategories {\n    categories {\n      name\n      productCount\n      parent {\n        name\n      }\n    }\n  }\n": typeof types.CountCategoriesDocument,
    "\n  query CountOrderLines($id: ID!, $first: Int!) {\n    order(id: $id) {\n      lines(first: $first) {\n        edges {\n          node {\n            sku\n            product {\n              name\n              listPrice {\n                amount\n              }\n              category {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountOrderLinesDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user {\n            name\n            email\n          }\n          roles\n          isSellerSide\n          capabilities\n          effectiveAccount {\n            name\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n      ... on SignInThrottled {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Viewer {\n    viewer {\n      user {\n        email\n      }\n      site {\n        code\n      }\n      effectiveAccount {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  fragment OrderDeep on Order {\n    id\n    number\n    status\n    poNumber\n    total {\n      amount\n      currency\n    }\n    placedBy {\n      name\n      onBehalf\n    }\n    shipTo {\n      label\n      city\n    }\n    account {\n      id\n      name\n      number\n      shipToAddresses {\n        label\n      }\n      summary {\n        openOrderCount\n        spendLast12Months {\n          amount\n        }\n      }\n    }\n    lines(first: 5) {\n      totalCount\n      edges {\n        node {\n          sku\n          name\n          product {\n            id\n            sku\n            name\n            listPrice {\n              amount\n            }\n            category {\n              name\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrderDeepFragmentDoc,
    "\n    query MatrixViewer {\n      viewer {\n        user {\n          name\n          email\n        }\n        site {\n          code\n          name\n        }\n        roles\n        effectiveAccount {\n          id\n          name\n          number\n          shipToAddresses {\n            label\n          }\n          summary {\n            ordersLast12Months\n          }\n        }\n      }\n    }\n  ": types.MatrixViewerDocument,
    "\n    query MatrixSite($code: String!) {\n      site(code: $code) {\n        code\n        name\n        theme {\n          primaryColor\n        }\n      }\n    }\n  ": types.MatrixSiteDocument,
    "\n    query MatrixSites {\n      sites {\n        code\n        name\n      }\n    }\n  ": types.MatrixSitesDocument,
    "\n    query MatrixAccounts($search: String) {\n      accounts(first: 100, search: $search) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            number\n            shipToAddresses {\n              label\n            }\n            summary {\n              openOrderCount\n            }\n          }\n        }\n      }\n    }\n  ": types.MatrixAccountsDocument,
    "\n    query MatrixAccount($id: ID!) {\n      account(id: $id) {\n        id\n        name\n        number\n        shipToAddresses {\n          label\n        }\n      }\n    }\n  ": types.MatrixAccountDocument,
    "\n    query MatrixCategories {\n      categories {\n        id\n        name\n        parent {\n          name\n        }\n        productCount\n      }\n    }\n  ": types.MatrixCategoriesDocument,
    "\n    query MatrixProducts($search: String, $categoryId: ID) {\n      products(first: 100, search: $search, categoryId: $categoryId) {\n        totalCount\n        edges {\n          node {\n            id\n            sku\n            name\n            listPrice {\n              amount\n            }\n            category {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  ": types.MatrixProductsDocument,
    "\n    query MatrixProduct($id: ID!) {\n      product(id: $id) {\n        id\n        sku\n        name\n      }\n    }\n  ": types.MatrixProductDocument,
    "\n    query MatrixProductBySku($sku: String!) {\n      productBySku(sku: $sku) {\n        id\n        sku\n        name\n      }\n    }\n  ": types.MatrixProductBySkuDocument,
    "\n    query MatrixOrders {\n      orders(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...OrderDeep\n          }\n        }\n      }\n    }\n  ": types.MatrixOrdersDocument,
    "\n    query MatrixOrder($id: ID!) {\n      order(id: $id) {\n        ...OrderDeep\n      }\n    }\n  ": types.MatrixOrderDocument,
    "\n    mutation MatrixSignIn($input: SignInInput!) {\n      signIn(input: $input) {\n        __typename\n        ... on UserError {\n          code\n        }\n      }\n    }\n  ": types.MatrixSignInDocument,
    "\n    mutation MatrixSignOut {\n      signOut\n    }\n  ": types.MatrixSignOutDocument,
    "\n    mutation MatrixSwitchAccount($accountId: ID!) {\n      switchAccount(accountId: $accountId) {\n        __typename\n        ... on SwitchAccountSuccess {\n          viewer {\n            effectiveAccount {\n              id\n              name\n            }\n          }\n        }\n        ... on UserError {\n          code\n        }\n      }\n    }\n  ": types.MatrixSwitchAccountDocument,
    "\n  query CountOrders($first: Int!) {\n    orders(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          placedBy {\n            name\n            onBehalf\n          }\n          shipTo {\n            label\n          }\n          account {\n            name\n            summary {\n              openOrderCount\n            }\n            shipToAddresses {\n              label\n            }\n          }\n          lines(first: 3) {\n            totalCount\n            edges {\n              node {\n                sku\n                product {\n                  name\n                  listPrice {\n                    amount\n                  }\n                  category {\n                    name\n                    parent {\n                      name\n                    }\n                    productCount\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CountOrdersDocument,
    "\n  query CountProducts($first: Int!) {\n    products(first: $first) {\n      totalCount\n      edges {\n        node {\n          sku\n          listPrice {\n            amount\n            currency\n          }\n          category {\n            name\n            productCount\n            parent {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CountProductsDocument,
    "\n  query CountAccounts($first: Int!) {\n    accounts(first: $first) {\n      totalCount\n      edges {\n        node {\n          name\n          shipToAddresses {\n            label\n          }\n          summary {\n            openOrderCount\n            spendLast12Months {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CountAccountsDocument,
    "\n  query CountCategories {\n    categories {\n      name\n      productCount\n      parent {\n        name\n      }\n    }\n  }\n": types.CountCategoriesDocument,
    "\n  query CountOrderLines($id: ID!, $first: Int!) {\n    order(id: $id) {\n      lines(first: $first) {\n        edges {\n          node {\n            sku\n            product {\n              name\n              listPrice {\n                amount\n              }\n              category {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CountOrderLinesDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user {\n            name\n            email\n          }\n          roles\n          isSellerSide\n          capabilities\n          effectiveAccount {\n            name\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n      ... on SignInThrottled {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query Viewer {\n    viewer {\n      user {\n        email\n      }\n      site {\n        code\n      }\n      effectiveAccount {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDeep on Order {\n    id\n    number\n    status\n    poNumber\n    total {\n      amount\n      currency\n    }\n    placedBy {\n      name\n      onBehalf\n    }\n    shipTo {\n      label\n      city\n    }\n    account {\n      id\n      name\n      number\n      shipToAddresses {\n        label\n      }\n      summary {\n        openOrderCount\n        spendLast12Months {\n          amount\n        }\n      }\n    }\n    lines(first: 5) {\n      totalCount\n      edges {\n        node {\n          sku\n          name\n          product {\n            id\n            sku\n            name\n            listPrice {\n              amount\n            }\n            category {\n              name\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderDeep on Order {\n    id\n    number\n    status\n    poNumber\n    total {\n      amount\n      currency\n    }\n    placedBy {\n      name\n      onBehalf\n    }\n    shipTo {\n      label\n      city\n    }\n    account {\n      id\n      name\n      number\n      shipToAddresses {\n        label\n      }\n      summary {\n        openOrderCount\n        spendLast12Months {\n          amount\n        }\n      }\n    }\n    lines(first: 5) {\n      totalCount\n      edges {\n        node {\n          sku\n          name\n          product {\n            id\n            sku\n            name\n            listPrice {\n              amount\n            }\n            category {\n              name\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixViewer {\n      viewer {\n        user {\n          name\n          email\n        }\n        site {\n          code\n          name\n        }\n        roles\n        effectiveAccount {\n          id\n          name\n          number\n          shipToAddresses {\n            label\n          }\n          summary {\n            ordersLast12Months\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MatrixViewer {\n      viewer {\n        user {\n          name\n          email\n        }\n        site {\n          code\n          name\n        }\n        roles\n        effectiveAccount {\n          id\n          name\n          number\n          shipToAddresses {\n            label\n          }\n          summary {\n            ordersLast12Months\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixSite($code: String!) {\n      site(code: $code) {\n        code\n        name\n        theme {\n          primaryColor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MatrixSite($code: String!) {\n      site(code: $code) {\n        code\n        name\n        theme {\n          primaryColor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixSites {\n      sites {\n        code\n        name\n      }\n    }\n  "): (typeof documents)["\n    query MatrixSites {\n      sites {\n        code\n        name\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixAccounts($search: String) {\n      accounts(first: 100, search: $search) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            number\n            shipToAddresses {\n              label\n            }\n            summary {\n              openOrderCount\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MatrixAccounts($search: String) {\n      accounts(first: 100, search: $search) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            number\n            shipToAddresses {\n              label\n            }\n            summary {\n              openOrderCount\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixAccount($id: ID!) {\n      account(id: $id) {\n        id\n        name\n        number\n        shipToAddresses {\n          label\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MatrixAccount($id: ID!) {\n      account(id: $id) {\n        id\n        name\n        number\n        shipToAddresses {\n          label\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixCategories {\n      categories {\n        id\n        name\n        parent {\n          name\n        }\n        productCount\n      }\n    }\n  "): (typeof documents)["\n    query MatrixCategories {\n      categories {\n        id\n        name\n        parent {\n          name\n        }\n        productCount\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixProducts($search: String, $categoryId: ID) {\n      products(first: 100, search: $search, categoryId: $categoryId) {\n        totalCount\n        edges {\n          node {\n            id\n            sku\n            name\n            listPrice {\n              amount\n            }\n            category {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MatrixProducts($search: String, $categoryId: ID) {\n      products(first: 100, search: $search, categoryId: $categoryId) {\n        totalCount\n        edges {\n          node {\n            id\n            sku\n            name\n            listPrice {\n              amount\n            }\n            category {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixProduct($id: ID!) {\n      product(id: $id) {\n        id\n        sku\n        name\n      }\n    }\n  "): (typeof documents)["\n    query MatrixProduct($id: ID!) {\n      product(id: $id) {\n        id\n        sku\n        name\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixProductBySku($sku: String!) {\n      productBySku(sku: $sku) {\n        id\n        sku\n        name\n      }\n    }\n  "): (typeof documents)["\n    query MatrixProductBySku($sku: String!) {\n      productBySku(sku: $sku) {\n        id\n        sku\n        name\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixOrders {\n      orders(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...OrderDeep\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MatrixOrders {\n      orders(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...OrderDeep\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixOrder($id: ID!) {\n      order(id: $id) {\n        ...OrderDeep\n      }\n    }\n  "): (typeof documents)["\n    query MatrixOrder($id: ID!) {\n      order(id: $id) {\n        ...OrderDeep\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MatrixSignIn($input: SignInInput!) {\n      signIn(input: $input) {\n        __typename\n        ... on UserError {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation MatrixSignIn($input: SignInInput!) {\n      signIn(input: $input) {\n        __typename\n        ... on UserError {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MatrixSignOut {\n      signOut\n    }\n  "): (typeof documents)["\n    mutation MatrixSignOut {\n      signOut\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MatrixSwitchAccount($accountId: ID!) {\n      switchAccount(accountId: $accountId) {\n        __typename\n        ... on SwitchAccountSuccess {\n          viewer {\n            effectiveAccount {\n              id\n              name\n            }\n          }\n        }\n        ... on UserError {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation MatrixSwitchAccount($accountId: ID!) {\n      switchAccount(accountId: $accountId) {\n        __typename\n        ... on SwitchAccountSuccess {\n          viewer {\n            effectiveAccount {\n              id\n              name\n            }\n          }\n        }\n        ... on UserError {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountOrders($first: Int!) {\n    orders(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          placedBy {\n            name\n            onBehalf\n          }\n          shipTo {\n            label\n          }\n          account {\n            name\n            summary {\n              openOrderCount\n            }\n            shipToAddresses {\n              label\n            }\n          }\n          lines(first: 3) {\n            totalCount\n            edges {\n              node {\n                sku\n                product {\n                  name\n                  listPrice {\n                    amount\n                  }\n                  category {\n                    name\n                    parent {\n                      name\n                    }\n                    productCount\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountOrders($first: Int!) {\n    orders(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          placedBy {\n            name\n            onBehalf\n          }\n          shipTo {\n            label\n          }\n          account {\n            name\n            summary {\n              openOrderCount\n            }\n            shipToAddresses {\n              label\n            }\n          }\n          lines(first: 3) {\n            totalCount\n            edges {\n              node {\n                sku\n                product {\n                  name\n                  listPrice {\n                    amount\n                  }\n                  category {\n                    name\n                    parent {\n                      name\n                    }\n                    productCount\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountProducts($first: Int!) {\n    products(first: $first) {\n      totalCount\n      edges {\n        node {\n          sku\n          listPrice {\n            amount\n            currency\n          }\n          category {\n            name\n            productCount\n            parent {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountProducts($first: Int!) {\n    products(first: $first) {\n      totalCount\n      edges {\n        node {\n          sku\n          listPrice {\n            amount\n            currency\n          }\n          category {\n            name\n            productCount\n            parent {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountAccounts($first: Int!) {\n    accounts(first: $first) {\n      totalCount\n      edges {\n        node {\n          name\n          shipToAddresses {\n            label\n          }\n          summary {\n            openOrderCount\n            spendLast12Months {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountAccounts($first: Int!) {\n    accounts(first: $first) {\n      totalCount\n      edges {\n        node {\n          name\n          shipToAddresses {\n            label\n          }\n          summary {\n            openOrderCount\n            spendLast12Months {\n              amount\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountCategories {\n    categories {\n      name\n      productCount\n      parent {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountCategories {\n    categories {\n      name\n      productCount\n      parent {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountOrderLines($id: ID!, $first: Int!) {\n    order(id: $id) {\n      lines(first: $first) {\n        edges {\n          node {\n            sku\n            product {\n              name\n              listPrice {\n                amount\n              }\n              category {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountOrderLines($id: ID!, $first: Int!) {\n    order(id: $id) {\n      lines(first: $first) {\n        edges {\n          node {\n            sku\n            product {\n              name\n              listPrice {\n                amount\n              }\n              category {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user {\n            name\n            email\n          }\n          roles\n          isSellerSide\n          capabilities\n          effectiveAccount {\n            name\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n      ... on SignInThrottled {\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user {\n            name\n            email\n          }\n          roles\n          isSellerSide\n          capabilities\n          effectiveAccount {\n            name\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n      ... on SignInThrottled {\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      user {\n        email\n      }\n      site {\n        code\n      }\n      effectiveAccount {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      user {\n        email\n      }\n      site {\n        code\n      }\n      effectiveAccount {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;