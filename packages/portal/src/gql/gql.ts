/* eslint-disable */
import * as types from './graphql';
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
    "\n  query SiteRoot($code: String!) {\n    site(code: $code) {\n      id\n      code\n      name\n      tagline\n      defaultLocale\n      defaultCurrency\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n    viewer {\n      user {\n        id\n        name\n        email\n      }\n      site {\n        id\n        code\n      }\n      roles\n      isSellerSide\n      capabilities\n      effectiveAccount {\n        id\n        name\n        number\n        currency\n        locale\n      }\n    }\n  }\n": typeof types.SiteRootDocument,
    "\n  query AccountSwitcher($search: String) {\n    accounts(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n": typeof types.AccountSwitcherDocument,
    "\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      __typename\n      ... on SwitchAccountSuccess {\n        viewer {\n          effectiveAccount {\n            id\n            name\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SwitchAccountDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user {\n            id\n            name\n          }\n          site {\n            id\n            code\n          }\n        }\n      }\n      ... on SignInThrottled {\n        retryAfterSeconds\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment ProductCard_product on Product {\n    id\n    sku\n    name\n    imageUrl\n    unitOfMeasure\n    listPrice {\n      amount\n      currency\n    }\n  }\n": typeof types.ProductCard_ProductFragmentDoc,
    "\n  query CatalogCategories {\n    categories(first: 500) {\n      edges {\n        node {\n          id\n          name\n          slug\n          productCount\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogCategoriesDocument,
    "\n  query CatalogProducts($first: Int!, $after: String, $search: String, $categoryId: ID) {\n    products(first: $first, after: $after, search: $search, categoryId: $categoryId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ProductCard_product\n        }\n      }\n    }\n  }\n": typeof types.CatalogProductsDocument,
    "\n  query ProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n      description\n      imageUrl\n      unitOfMeasure\n      category {\n        id\n        name\n        slug\n      }\n      listPrice {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  fragment AccountSummaryCard_account on Account {\n    id\n    name\n    number\n    kind\n    creditStatus\n    creditLimit {\n      amount\n      currency\n    }\n    paymentTermsDays\n    summary {\n      openOrderCount\n      lastOrderAt\n      ordersLast12Months\n      spendLast12Months {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.AccountSummaryCard_AccountFragmentDoc,
    "\n  fragment RecentOrderItem_order on Order {\n    id\n    number\n    status\n    placedAt\n    poNumber\n    placedBy {\n      name\n      onBehalf\n    }\n    total {\n      amount\n      currency\n    }\n  }\n": typeof types.RecentOrderItem_OrderFragmentDoc,
    "\n  query HomePage($withOrders: Boolean!) {\n    viewer {\n      effectiveAccount {\n        id\n        ...AccountSummaryCard_account\n      }\n    }\n    orders(first: 5) @include(if: $withOrders) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RecentOrderItem_order\n        }\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment OrderLineRow_line on OrderLine {\n    id\n    lineNumber\n    sku\n    name\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    lineTotal {\n      amount\n      currency\n    }\n    product {\n      id\n    }\n  }\n": typeof types.OrderLineRow_LineFragmentDoc,
    "\n  fragment OrderRow_order on Order {\n    id\n    number\n    status\n    placedAt\n    poNumber\n    placedBy {\n      name\n      onBehalf\n    }\n    total {\n      amount\n      currency\n    }\n  }\n": typeof types.OrderRow_OrderFragmentDoc,
    "\n  query OrderDetail($id: ID!, $first: Int!, $after: String) {\n    order(id: $id) {\n      id\n      number\n      status\n      placedAt\n      poNumber\n      currency\n      lineCount\n      placedBy {\n        name\n        onBehalf\n      }\n      account {\n        id\n        name\n        number\n      }\n      shipTo {\n        id\n        label\n        line1\n        line2\n        city\n        region\n        postalCode\n        country\n      }\n      subtotal {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n      lines(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...OrderLineRow_line\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  query OrdersPage($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrderRow_order\n        }\n      }\n    }\n  }\n": typeof types.OrdersPageDocument,
    "\n  query PlaygroundViewer {\n    viewer {\n      user {\n        name\n      }\n      site {\n        name\n        code\n      }\n      effectiveAccount {\n        name\n      }\n    }\n  }\n": typeof types.PlaygroundViewerDocument,
    "\n  query SitePicker {\n    sites {\n      id\n      code\n      name\n      tagline\n      theme {\n        primaryColor\n        logoUrl\n      }\n    }\n  }\n": typeof types.SitePickerDocument,
};
const documents: Documents = {
    "\n  query SiteRoot($code: String!) {\n    site(code: $code) {\n      id\n      code\n      name\n      tagline\n      defaultLocale\n      defaultCurrency\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n    viewer {\n      user {\n        id\n        name\n        email\n      }\n      site {\n        id\n        code\n      }\n      roles\n      isSellerSide\n      capabilities\n      effectiveAccount {\n        id\n        name\n        number\n        currency\n        locale\n      }\n    }\n  }\n": types.SiteRootDocument,
    "\n  query AccountSwitcher($search: String) {\n    accounts(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n": types.AccountSwitcherDocument,
    "\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      __typename\n      ... on SwitchAccountSuccess {\n        viewer {\n          effectiveAccount {\n            id\n            name\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": types.SwitchAccountDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user {\n            id\n            name\n          }\n          site {\n            id\n            code\n          }\n        }\n      }\n      ... on SignInThrottled {\n        retryAfterSeconds\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  fragment ProductCard_product on Product {\n    id\n    sku\n    name\n    imageUrl\n    unitOfMeasure\n    listPrice {\n      amount\n      currency\n    }\n  }\n": types.ProductCard_ProductFragmentDoc,
    "\n  query CatalogCategories {\n    categories(first: 500) {\n      edges {\n        node {\n          id\n          name\n          slug\n          productCount\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CatalogCategoriesDocument,
    "\n  query CatalogProducts($first: Int!, $after: String, $search: String, $categoryId: ID) {\n    products(first: $first, after: $after, search: $search, categoryId: $categoryId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ProductCard_product\n        }\n      }\n    }\n  }\n": types.CatalogProductsDocument,
    "\n  query ProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n      description\n      imageUrl\n      unitOfMeasure\n      category {\n        id\n        name\n        slug\n      }\n      listPrice {\n        amount\n        currency\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  fragment AccountSummaryCard_account on Account {\n    id\n    name\n    number\n    kind\n    creditStatus\n    creditLimit {\n      amount\n      currency\n    }\n    paymentTermsDays\n    summary {\n      openOrderCount\n      lastOrderAt\n      ordersLast12Months\n      spendLast12Months {\n        amount\n        currency\n      }\n    }\n  }\n": types.AccountSummaryCard_AccountFragmentDoc,
    "\n  fragment RecentOrderItem_order on Order {\n    id\n    number\n    status\n    placedAt\n    poNumber\n    placedBy {\n      name\n      onBehalf\n    }\n    total {\n      amount\n      currency\n    }\n  }\n": types.RecentOrderItem_OrderFragmentDoc,
    "\n  query HomePage($withOrders: Boolean!) {\n    viewer {\n      effectiveAccount {\n        id\n        ...AccountSummaryCard_account\n      }\n    }\n    orders(first: 5) @include(if: $withOrders) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RecentOrderItem_order\n        }\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment OrderLineRow_line on OrderLine {\n    id\n    lineNumber\n    sku\n    name\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    lineTotal {\n      amount\n      currency\n    }\n    product {\n      id\n    }\n  }\n": types.OrderLineRow_LineFragmentDoc,
    "\n  fragment OrderRow_order on Order {\n    id\n    number\n    status\n    placedAt\n    poNumber\n    placedBy {\n      name\n      onBehalf\n    }\n    total {\n      amount\n      currency\n    }\n  }\n": types.OrderRow_OrderFragmentDoc,
    "\n  query OrderDetail($id: ID!, $first: Int!, $after: String) {\n    order(id: $id) {\n      id\n      number\n      status\n      placedAt\n      poNumber\n      currency\n      lineCount\n      placedBy {\n        name\n        onBehalf\n      }\n      account {\n        id\n        name\n        number\n      }\n      shipTo {\n        id\n        label\n        line1\n        line2\n        city\n        region\n        postalCode\n        country\n      }\n      subtotal {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n      lines(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...OrderLineRow_line\n          }\n        }\n      }\n    }\n  }\n": types.OrderDetailDocument,
    "\n  query OrdersPage($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrderRow_order\n        }\n      }\n    }\n  }\n": types.OrdersPageDocument,
    "\n  query PlaygroundViewer {\n    viewer {\n      user {\n        name\n      }\n      site {\n        name\n        code\n      }\n      effectiveAccount {\n        name\n      }\n    }\n  }\n": types.PlaygroundViewerDocument,
    "\n  query SitePicker {\n    sites {\n      id\n      code\n      name\n      tagline\n      theme {\n        primaryColor\n        logoUrl\n      }\n    }\n  }\n": types.SitePickerDocument,
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
export function graphql(source: "\n  query SiteRoot($code: String!) {\n    site(code: $code) {\n      id\n      code\n      name\n      tagline\n      defaultLocale\n      defaultCurrency\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n    viewer {\n      user {\n        id\n        name\n        email\n      }\n      site {\n        id\n        code\n      }\n      roles\n      isSellerSide\n      capabilities\n      effectiveAccount {\n        id\n        name\n        number\n        currency\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteRoot($code: String!) {\n    site(code: $code) {\n      id\n      code\n      name\n      tagline\n      defaultLocale\n      defaultCurrency\n      theme {\n        primaryColor\n        accentColor\n        logoUrl\n      }\n    }\n    viewer {\n      user {\n        id\n        name\n        email\n      }\n      site {\n        id\n        code\n      }\n      roles\n      isSellerSide\n      capabilities\n      effectiveAccount {\n        id\n        name\n        number\n        currency\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSwitcher($search: String) {\n    accounts(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountSwitcher($search: String) {\n    accounts(first: 20, search: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      __typename\n      ... on SwitchAccountSuccess {\n        viewer {\n          effectiveAccount {\n            id\n            name\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchAccount($accountId: ID!) {\n    switchAccount(accountId: $accountId) {\n      __typename\n      ... on SwitchAccountSuccess {\n        viewer {\n          effectiveAccount {\n            id\n            name\n          }\n        }\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user {\n            id\n            name\n          }\n          site {\n            id\n            code\n          }\n        }\n      }\n      ... on SignInThrottled {\n        retryAfterSeconds\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      __typename\n      ... on SignInSuccess {\n        viewer {\n          user {\n            id\n            name\n          }\n          site {\n            id\n            code\n          }\n        }\n      }\n      ... on SignInThrottled {\n        retryAfterSeconds\n      }\n      ... on UserError {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCard_product on Product {\n    id\n    sku\n    name\n    imageUrl\n    unitOfMeasure\n    listPrice {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment ProductCard_product on Product {\n    id\n    sku\n    name\n    imageUrl\n    unitOfMeasure\n    listPrice {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogCategories {\n    categories(first: 500) {\n      edges {\n        node {\n          id\n          name\n          slug\n          productCount\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogCategories {\n    categories(first: 500) {\n      edges {\n        node {\n          id\n          name\n          slug\n          productCount\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogProducts($first: Int!, $after: String, $search: String, $categoryId: ID) {\n    products(first: $first, after: $after, search: $search, categoryId: $categoryId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ProductCard_product\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogProducts($first: Int!, $after: String, $search: String, $categoryId: ID) {\n    products(first: $first, after: $after, search: $search, categoryId: $categoryId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...ProductCard_product\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n      description\n      imageUrl\n      unitOfMeasure\n      category {\n        id\n        name\n        slug\n      }\n      listPrice {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductPage($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      name\n      description\n      imageUrl\n      unitOfMeasure\n      category {\n        id\n        name\n        slug\n      }\n      listPrice {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountSummaryCard_account on Account {\n    id\n    name\n    number\n    kind\n    creditStatus\n    creditLimit {\n      amount\n      currency\n    }\n    paymentTermsDays\n    summary {\n      openOrderCount\n      lastOrderAt\n      ordersLast12Months\n      spendLast12Months {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AccountSummaryCard_account on Account {\n    id\n    name\n    number\n    kind\n    creditStatus\n    creditLimit {\n      amount\n      currency\n    }\n    paymentTermsDays\n    summary {\n      openOrderCount\n      lastOrderAt\n      ordersLast12Months\n      spendLast12Months {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecentOrderItem_order on Order {\n    id\n    number\n    status\n    placedAt\n    poNumber\n    placedBy {\n      name\n      onBehalf\n    }\n    total {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment RecentOrderItem_order on Order {\n    id\n    number\n    status\n    placedAt\n    poNumber\n    placedBy {\n      name\n      onBehalf\n    }\n    total {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($withOrders: Boolean!) {\n    viewer {\n      effectiveAccount {\n        id\n        ...AccountSummaryCard_account\n      }\n    }\n    orders(first: 5) @include(if: $withOrders) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RecentOrderItem_order\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePage($withOrders: Boolean!) {\n    viewer {\n      effectiveAccount {\n        id\n        ...AccountSummaryCard_account\n      }\n    }\n    orders(first: 5) @include(if: $withOrders) {\n      totalCount\n      edges {\n        node {\n          id\n          ...RecentOrderItem_order\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderLineRow_line on OrderLine {\n    id\n    lineNumber\n    sku\n    name\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    lineTotal {\n      amount\n      currency\n    }\n    product {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment OrderLineRow_line on OrderLine {\n    id\n    lineNumber\n    sku\n    name\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    lineTotal {\n      amount\n      currency\n    }\n    product {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderRow_order on Order {\n    id\n    number\n    status\n    placedAt\n    poNumber\n    placedBy {\n      name\n      onBehalf\n    }\n    total {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment OrderRow_order on Order {\n    id\n    number\n    status\n    placedAt\n    poNumber\n    placedBy {\n      name\n      onBehalf\n    }\n    total {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!, $first: Int!, $after: String) {\n    order(id: $id) {\n      id\n      number\n      status\n      placedAt\n      poNumber\n      currency\n      lineCount\n      placedBy {\n        name\n        onBehalf\n      }\n      account {\n        id\n        name\n        number\n      }\n      shipTo {\n        id\n        label\n        line1\n        line2\n        city\n        region\n        postalCode\n        country\n      }\n      subtotal {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n      lines(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...OrderLineRow_line\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderDetail($id: ID!, $first: Int!, $after: String) {\n    order(id: $id) {\n      id\n      number\n      status\n      placedAt\n      poNumber\n      currency\n      lineCount\n      placedBy {\n        name\n        onBehalf\n      }\n      account {\n        id\n        name\n        number\n      }\n      shipTo {\n        id\n        label\n        line1\n        line2\n        city\n        region\n        postalCode\n        country\n      }\n      subtotal {\n        amount\n        currency\n      }\n      total {\n        amount\n        currency\n      }\n      lines(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...OrderLineRow_line\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersPage($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrderRow_order\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdersPage($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...OrderRow_order\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundViewer {\n    viewer {\n      user {\n        name\n      }\n      site {\n        name\n        code\n      }\n      effectiveAccount {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaygroundViewer {\n    viewer {\n      user {\n        name\n      }\n      site {\n        name\n        code\n      }\n      effectiveAccount {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitePicker {\n    sites {\n      id\n      code\n      name\n      tagline\n      theme {\n        primaryColor\n        logoUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SitePicker {\n    sites {\n      id\n      code\n      name\n      tagline\n      theme {\n        primaryColor\n        logoUrl\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;