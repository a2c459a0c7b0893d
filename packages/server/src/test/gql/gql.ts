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
    "\n  fragment OrderDeep on Order {\n    id\n    number\n    status\n    poNumber\n    total { amount currency }\n    placedBy { name onBehalf }\n    shipTo { label city }\n    account { id name number shipToAddresses { label } summary { openOrderCount spendLast12Months { amount } } }\n    lines(first: 5) {\n      totalCount\n      edges { node { sku name product { id sku name listPrice { amount } category { name parent { name } } } } }\n    }\n  }\n": typeof types.OrderDeepFragmentDoc,
    "\n    query MatrixViewer {\n      viewer {\n        user { name email }\n        site { code name }\n        roles\n        effectiveAccount { id name number shipToAddresses { label } summary { ordersLast12Months } }\n      }\n    }\n  ": typeof types.MatrixViewerDocument,
    "\n    query MatrixSite($code: String!) {\n      site(code: $code) { code name theme { primaryColor } }\n    }\n  ": typeof types.MatrixSiteDocument,
    "\n    query MatrixSites {\n      sites { code name }\n    }\n  ": typeof types.MatrixSitesDocument,
    "\n    query MatrixAccounts($search: String) {\n      accounts(first: 100, search: $search) {\n        totalCount\n        edges { node { id name number shipToAddresses { label } summary { openOrderCount } } }\n      }\n    }\n  ": typeof types.MatrixAccountsDocument,
    "\n    query MatrixAccount($id: ID!) {\n      account(id: $id) { id name number shipToAddresses { label } }\n    }\n  ": typeof types.MatrixAccountDocument,
    "\n    query MatrixCategories {\n      categories { id name parent { name } productCount }\n    }\n  ": typeof types.MatrixCategoriesDocument,
    "\n    query MatrixProducts($search: String, $categoryId: ID) {\n      products(first: 100, search: $search, categoryId: $categoryId) {\n        totalCount\n        edges { node { id sku name listPrice { amount } category { id name } } }\n      }\n    }\n  ": typeof types.MatrixProductsDocument,
    "\n    query MatrixProduct($id: ID!) {\n      product(id: $id) { id sku name }\n    }\n  ": typeof types.MatrixProductDocument,
    "\n    query MatrixProductBySku($sku: String!) {\n      productBySku(sku: $sku) { id sku name }\n    }\n  ": typeof types.MatrixProductBySkuDocument,
    "\n    query MatrixOrders {\n      orders(first: 100) { totalCount edges { node { ...OrderDeep } } }\n    }\n  ": typeof types.MatrixOrdersDocument,
    "\n    query MatrixOrder($id: ID!) {\n      order(id: $id) { ...OrderDeep }\n    }\n  ": typeof types.MatrixOrderDocument,
    "\n    mutation MatrixSignIn($input: SignInInput!) {\n      signIn(input: $input) { __typename ... on UserError { code } }\n    }\n  ": typeof types.MatrixSignInDocument,
    "\n    mutation MatrixSignOut {\n      signOut\n    }\n  ": typeof types.MatrixSignOutDocument,
    "\n    mutation MatrixSwitchAccount($accountId: ID!) {\n      switchAccount(accountId: $accountId) {\n        __typename\n        ... on SwitchAccountSuccess { viewer { effectiveAccount { id name } } }\n        ... on UserError { code }\n      }\n    }\n  ": typeof types.MatrixSwitchAccountDocument,
    "\n  query CountOrders($first: Int!) {\n    orders(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          placedBy { name onBehalf }\n          shipTo { label }\n          account { name summary { openOrderCount } shipToAddresses { label } }\n          lines(first: 3) { totalCount edges { node { sku product { name listPrice { amount } category { name parent { name } productCount } } } } }\n        }\n      }\n    }\n  }\n": typeof types.CountOrdersDocument,
    "\n  query CountProducts($first: Int!) {\n    products(first: $first) {\n      totalCount\n      edges { node { sku listPrice { amount currency } category { name productCount parent { name } } } }\n    }\n  }\n": typeof types.CountProductsDocument,
    "\n  query CountAccounts($first: Int!) {\n    accounts(first: $first) {\n      totalCount\n      edges { node { name shipToAddresses { label } summary { openOrderCount spendLast12Months { amount } } } }\n    }\n  }\n": typeof types.CountAccountsDocument,
    "\n  query CountCategories {\n    categories { name productCount parent { name } }\n  }\n": typeof types.CountCategoriesDocument,
    "\n  query CountOrderLines($id: ID!, $first: Int!) {\n    order(id: $id) { lines(first: $first) { edges { node { sku product { name listPrice { amount } category { name } } } } } }\n  }\n": typeof types.CountOrderLinesDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user { name email }\n          roles\n          isSellerSide\n          capabilities\n          effectiveAccount { name }\n        }\n      }\n      ... on UserError { code message }\n      ... on SignInThrottled { retryAfterSeconds }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Viewer {\n    viewer { user { email } site { code } effectiveAccount { id name } }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
};
const documents: Documents = {
    "\n  fragment OrderDeep on Order {\n    id\n    number\n    status\n    poNumber\n    total { amount currency }\n    placedBy { name onBehalf }\n    shipTo { label city }\n    account { id name number shipToAddresses { label } summary { openOrderCount spendLast12Months { amount } } }\n    lines(first: 5) {\n      totalCount\n      edges { node { sku name product { id sku name listPrice { amount } category { name parent { name } } } } }\n    }\n  }\n": types.OrderDeepFragmentDoc,
    "\n    query MatrixViewer {\n      viewer {\n        user { name email }\n        site { code name }\n        roles\n        effectiveAccount { id name number shipToAddresses { label } summary { ordersLast12Months } }\n      }\n    }\n  ": types.MatrixViewerDocument,
    "\n    query MatrixSite($code: String!) {\n      site(code: $code) { code name theme { primaryColor } }\n    }\n  ": types.MatrixSiteDocument,
    "\n    query MatrixSites {\n      sites { code name }\n    }\n  ": types.MatrixSitesDocument,
    "\n    query MatrixAccounts($search: String) {\n      accounts(first: 100, search: $search) {\n        totalCount\n        edges { node { id name number shipToAddresses { label } summary { openOrderCount } } }\n      }\n    }\n  ": types.MatrixAccountsDocument,
    "\n    query MatrixAccount($id: ID!) {\n      account(id: $id) { id name number shipToAddresses { label } }\n    }\n  ": types.MatrixAccountDocument,
    "\n    query MatrixCategories {\n      categories { id name parent { name } productCount }\n    }\n  ": types.MatrixCategoriesDocument,
    "\n    query MatrixProducts($search: String, $categoryId: ID) {\n      products(first: 100, search: $search, categoryId: $categoryId) {\n        totalCount\n        edges { node { id sku name listPrice { amount } category { id name } } }\n      }\n    }\n  ": types.MatrixProductsDocument,
    "\n    query MatrixProduct($id: ID!) {\n      product(id: $id) { id sku name }\n    }\n  ": types.MatrixProductDocument,
    "\n    query MatrixProductBySku($sku: String!) {\n      productBySku(sku: $sku) { id sku name }\n    }\n  ": types.MatrixProductBySkuDocument,
    "\n    query MatrixOrders {\n      orders(first: 100) { totalCount edges { node { ...OrderDeep } } }\n    }\n  ": types.MatrixOrdersDocument,
    "\n    query MatrixOrder($id: ID!) {\n      order(id: $id) { ...OrderDeep }\n    }\n  ": types.MatrixOrderDocument,
    "\n    mutation MatrixSignIn($input: SignInInput!) {\n      signIn(input: $input) { __typename ... on UserError { code } }\n    }\n  ": types.MatrixSignInDocument,
    "\n    mutation MatrixSignOut {\n      signOut\n    }\n  ": types.MatrixSignOutDocument,
    "\n    mutation MatrixSwitchAccount($accountId: ID!) {\n      switchAccount(accountId: $accountId) {\n        __typename\n        ... on SwitchAccountSuccess { viewer { effectiveAccount { id name } } }\n        ... on UserError { code }\n      }\n    }\n  ": types.MatrixSwitchAccountDocument,
    "\n  query CountOrders($first: Int!) {\n    orders(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          placedBy { name onBehalf }\n          shipTo { label }\n          account { name summary { openOrderCount } shipToAddresses { label } }\n          lines(first: 3) { totalCount edges { node { sku product { name listPrice { amount } category { name parent { name } productCount } } } } }\n        }\n      }\n    }\n  }\n": types.CountOrdersDocument,
    "\n  query CountProducts($first: Int!) {\n    products(first: $first) {\n      totalCount\n      edges { node { sku listPrice { amount currency } category { name productCount parent { name } } } }\n    }\n  }\n": types.CountProductsDocument,
    "\n  query CountAccounts($first: Int!) {\n    accounts(first: $first) {\n      totalCount\n      edges { node { name shipToAddresses { label } summary { openOrderCount spendLast12Months { amount } } } }\n    }\n  }\n": types.CountAccountsDocument,
    "\n  query CountCategories {\n    categories { name productCount parent { name } }\n  }\n": types.CountCategoriesDocument,
    "\n  query CountOrderLines($id: ID!, $first: Int!) {\n    order(id: $id) { lines(first: $first) { edges { node { sku product { name listPrice { amount } category { name } } } } } }\n  }\n": types.CountOrderLinesDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user { name email }\n          roles\n          isSellerSide\n          capabilities\n          effectiveAccount { name }\n        }\n      }\n      ... on UserError { code message }\n      ... on SignInThrottled { retryAfterSeconds }\n    }\n  }\n": types.SignInDocument,
    "\n  query Viewer {\n    viewer { user { email } site { code } effectiveAccount { id name } }\n  }\n": types.ViewerDocument,
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
export function graphql(source: "\n  fragment OrderDeep on Order {\n    id\n    number\n    status\n    poNumber\n    total { amount currency }\n    placedBy { name onBehalf }\n    shipTo { label city }\n    account { id name number shipToAddresses { label } summary { openOrderCount spendLast12Months { amount } } }\n    lines(first: 5) {\n      totalCount\n      edges { node { sku name product { id sku name listPrice { amount } category { name parent { name } } } } }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderDeep on Order {\n    id\n    number\n    status\n    poNumber\n    total { amount currency }\n    placedBy { name onBehalf }\n    shipTo { label city }\n    account { id name number shipToAddresses { label } summary { openOrderCount spendLast12Months { amount } } }\n    lines(first: 5) {\n      totalCount\n      edges { node { sku name product { id sku name listPrice { amount } category { name parent { name } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixViewer {\n      viewer {\n        user { name email }\n        site { code name }\n        roles\n        effectiveAccount { id name number shipToAddresses { label } summary { ordersLast12Months } }\n      }\n    }\n  "): (typeof documents)["\n    query MatrixViewer {\n      viewer {\n        user { name email }\n        site { code name }\n        roles\n        effectiveAccount { id name number shipToAddresses { label } summary { ordersLast12Months } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixSite($code: String!) {\n      site(code: $code) { code name theme { primaryColor } }\n    }\n  "): (typeof documents)["\n    query MatrixSite($code: String!) {\n      site(code: $code) { code name theme { primaryColor } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixSites {\n      sites { code name }\n    }\n  "): (typeof documents)["\n    query MatrixSites {\n      sites { code name }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixAccounts($search: String) {\n      accounts(first: 100, search: $search) {\n        totalCount\n        edges { node { id name number shipToAddresses { label } summary { openOrderCount } } }\n      }\n    }\n  "): (typeof documents)["\n    query MatrixAccounts($search: String) {\n      accounts(first: 100, search: $search) {\n        totalCount\n        edges { node { id name number shipToAddresses { label } summary { openOrderCount } } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixAccount($id: ID!) {\n      account(id: $id) { id name number shipToAddresses { label } }\n    }\n  "): (typeof documents)["\n    query MatrixAccount($id: ID!) {\n      account(id: $id) { id name number shipToAddresses { label } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixCategories {\n      categories { id name parent { name } productCount }\n    }\n  "): (typeof documents)["\n    query MatrixCategories {\n      categories { id name parent { name } productCount }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixProducts($search: String, $categoryId: ID) {\n      products(first: 100, search: $search, categoryId: $categoryId) {\n        totalCount\n        edges { node { id sku name listPrice { amount } category { id name } } }\n      }\n    }\n  "): (typeof documents)["\n    query MatrixProducts($search: String, $categoryId: ID) {\n      products(first: 100, search: $search, categoryId: $categoryId) {\n        totalCount\n        edges { node { id sku name listPrice { amount } category { id name } } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixProduct($id: ID!) {\n      product(id: $id) { id sku name }\n    }\n  "): (typeof documents)["\n    query MatrixProduct($id: ID!) {\n      product(id: $id) { id sku name }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixProductBySku($sku: String!) {\n      productBySku(sku: $sku) { id sku name }\n    }\n  "): (typeof documents)["\n    query MatrixProductBySku($sku: String!) {\n      productBySku(sku: $sku) { id sku name }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixOrders {\n      orders(first: 100) { totalCount edges { node { ...OrderDeep } } }\n    }\n  "): (typeof documents)["\n    query MatrixOrders {\n      orders(first: 100) { totalCount edges { node { ...OrderDeep } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MatrixOrder($id: ID!) {\n      order(id: $id) { ...OrderDeep }\n    }\n  "): (typeof documents)["\n    query MatrixOrder($id: ID!) {\n      order(id: $id) { ...OrderDeep }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MatrixSignIn($input: SignInInput!) {\n      signIn(input: $input) { __typename ... on UserError { code } }\n    }\n  "): (typeof documents)["\n    mutation MatrixSignIn($input: SignInInput!) {\n      signIn(input: $input) { __typename ... on UserError { code } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MatrixSignOut {\n      signOut\n    }\n  "): (typeof documents)["\n    mutation MatrixSignOut {\n      signOut\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MatrixSwitchAccount($accountId: ID!) {\n      switchAccount(accountId: $accountId) {\n        __typename\n        ... on SwitchAccountSuccess { viewer { effectiveAccount { id name } } }\n        ... on UserError { code }\n      }\n    }\n  "): (typeof documents)["\n    mutation MatrixSwitchAccount($accountId: ID!) {\n      switchAccount(accountId: $accountId) {\n        __typename\n        ... on SwitchAccountSuccess { viewer { effectiveAccount { id name } } }\n        ... on UserError { code }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountOrders($first: Int!) {\n    orders(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          placedBy { name onBehalf }\n          shipTo { label }\n          account { name summary { openOrderCount } shipToAddresses { label } }\n          lines(first: 3) { totalCount edges { node { sku product { name listPrice { amount } category { name parent { name } productCount } } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountOrders($first: Int!) {\n    orders(first: $first) {\n      totalCount\n      edges {\n        node {\n          number\n          placedBy { name onBehalf }\n          shipTo { label }\n          account { name summary { openOrderCount } shipToAddresses { label } }\n          lines(first: 3) { totalCount edges { node { sku product { name listPrice { amount } category { name parent { name } productCount } } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountProducts($first: Int!) {\n    products(first: $first) {\n      totalCount\n      edges { node { sku listPrice { amount currency } category { name productCount parent { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query CountProducts($first: Int!) {\n    products(first: $first) {\n      totalCount\n      edges { node { sku listPrice { amount currency } category { name productCount parent { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountAccounts($first: Int!) {\n    accounts(first: $first) {\n      totalCount\n      edges { node { name shipToAddresses { label } summary { openOrderCount spendLast12Months { amount } } } }\n    }\n  }\n"): (typeof documents)["\n  query CountAccounts($first: Int!) {\n    accounts(first: $first) {\n      totalCount\n      edges { node { name shipToAddresses { label } summary { openOrderCount spendLast12Months { amount } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountCategories {\n    categories { name productCount parent { name } }\n  }\n"): (typeof documents)["\n  query CountCategories {\n    categories { name productCount parent { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountOrderLines($id: ID!, $first: Int!) {\n    order(id: $id) { lines(first: $first) { edges { node { sku product { name listPrice { amount } category { name } } } } } }\n  }\n"): (typeof documents)["\n  query CountOrderLines($id: ID!, $first: Int!) {\n    order(id: $id) { lines(first: $first) { edges { node { sku product { name listPrice { amount } category { name } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user { name email }\n          roles\n          isSellerSide\n          capabilities\n          effectiveAccount { name }\n        }\n      }\n      ... on UserError { code message }\n      ... on SignInThrottled { retryAfterSeconds }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user { name email }\n          roles\n          isSellerSide\n          capabilities\n          effectiveAccount { name }\n        }\n      }\n      ... on UserError { code message }\n      ... on SignInThrottled { retryAfterSeconds }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { user { email } site { code } effectiveAccount { id name } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { user { email } site { code } effectiveAccount { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;