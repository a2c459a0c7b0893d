import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortwaySchema } from './build-schema.js';
import { fromGlobalId, toGlobalId } from '../platform/ids.js';
import { Decimal } from '../platform/money.js';
import { Role } from '../modules/identity/domain/roles.js';
import { createSite, TEST_PASSWORD, type TestSite } from '../test/factory.js';
import { graphql } from '../test/gql/index.js';
import { startTestServer, TestClient, type GraphQLResponse, type TestServer } from '../test/harness.js';

/**
 * Every root query and mutation × every role × own and foreign records. Foreign records carry marker
 * words in every name and number; a response that contains a marker the role may not see is a leak,
 * wherever in the response (nested field, list, ID lookup) it shows up.
 */

const SIBLING = 'SIBLINGACCT'; // another account on the same site
const OTHER_SITE = 'OTHERSITE'; // everything on another site

type RoleKey = 'ANONYMOUS' | Role;
const ROLES: RoleKey[] = ['ANONYMOUS', ...Object.values(Role)];
const CUSTOMER_ROLES = new Set<RoleKey>([
  Role.BUYER,
  Role.BUYER_ADMIN,
  Role.PARTNER_USER,
  Role.PARTNER_MANAGER,
]);

const OrderDeep = graphql(`
  fragment OrderDeep on Order {
    id
    number
    status
    poNumber
    total {
      amount
      currency
    }
    placedBy {
      name
      onBehalf
    }
    shipTo {
      label
      city
    }
    account {
      id
      name
      number
      shipToAddresses(first: 5) {
        totalCount
        edges {
          node {
            label
          }
        }
      }
      summary {
        openOrderCount
        spendLast12Months {
          amount
        }
      }
    }
    lines(first: 5) {
      totalCount
      edges {
        node {
          sku
          name
          product {
            id
            sku
            name
            listPrice {
              amount
            }
            category {
              name
              parent {
                name
              }
            }
          }
        }
      }
    }
  }
`);

const Operations = {
  viewer: graphql(`
    query MatrixViewer {
      viewer {
        user {
          name
          email
        }
        site {
          code
          name
        }
        roles
        effectiveAccount {
          id
          name
          number
          shipToAddresses(first: 5) {
            totalCount
            edges {
              node {
                label
              }
            }
          }
          summary {
            ordersLast12Months
          }
        }
      }
    }
  `),
  site: graphql(`
    query MatrixSite($code: String!) {
      site(code: $code) {
        code
        name
        theme {
          primaryColor
        }
      }
    }
  `),
  sites: graphql(`
    query MatrixSites {
      sites {
        code
        name
      }
    }
  `),
  accounts: graphql(`
    query MatrixAccounts($search: String) {
      accounts(first: 100, search: $search) {
        totalCount
        edges {
          node {
            id
            name
            number
            shipToAddresses(first: 5) {
              totalCount
              edges {
                node {
                  label
                }
              }
            }
            summary {
              openOrderCount
            }
          }
        }
      }
    }
  `),
  account: graphql(`
    query MatrixAccount($id: ID!) {
      account(id: $id) {
        id
        name
        number
        shipToAddresses(first: 5) {
          totalCount
          edges {
            node {
              label
            }
          }
        }
      }
    }
  `),
  categories: graphql(`
    query MatrixCategories {
      categories(first: 10) {
        totalCount
        edges {
          node {
            id
            name
            parent {
              name
            }
            productCount
          }
        }
      }
    }
  `),
  products: graphql(`
    query MatrixProducts($search: String, $categoryId: ID) {
      products(first: 100, search: $search, categoryId: $categoryId) {
        totalCount
        edges {
          node {
            id
            sku
            name
            listPrice {
              amount
            }
            category {
              id
              name
            }
          }
        }
      }
    }
  `),
  product: graphql(`
    query MatrixProduct($id: ID!) {
      product(id: $id) {
        id
        sku
        name
      }
    }
  `),
  productBySku: graphql(`
    query MatrixProductBySku($sku: String!) {
      productBySku(sku: $sku) {
        id
        sku
        name
      }
    }
  `),
  orders: graphql(`
    query MatrixOrders {
      orders(first: 100) {
        totalCount
        edges {
          node {
            ...OrderDeep
          }
        }
      }
    }
  `),
  order: graphql(`
    query MatrixOrder($id: ID!) {
      order(id: $id) {
        ...OrderDeep
      }
    }
  `),
  priceLines: graphql(`
    query MatrixPriceLines($lines: [PriceLineInput!]!) {
      priceLines(lines: $lines) {
        pricedCount
        errorCount
        lines {
          __typename
          ... on PricedLine {
            sku
            product {
              name
            }
            price {
              lineTotal {
                amount
              }
            }
          }
          ... on PriceLineError {
            index
            code
          }
        }
      }
    }
  `),
  priceBooks: graphql(`
    query MatrixPriceBooks {
      priceBooks {
        id
        name
        entries(first: 5) {
          totalCount
          edges {
            node {
              sku
              name
            }
          }
        }
      }
    }
  `),
  priceBook: graphql(`
    query MatrixPriceBook($id: ID!) {
      priceBook(id: $id) {
        id
        name
      }
    }
  `),
  buyerGroups: graphql(`
    query MatrixBuyerGroups {
      buyerGroups {
        id
        name
      }
    }
  `),
  volumeTiers: graphql(`
    query MatrixVolumeTiers($sku: String!) {
      volumeTiers(sku: $sku, currency: "USD") {
        sku
        productName
        tiers {
          lowerBound
        }
      }
    }
  `),
  promotions: graphql(`
    query MatrixPromotions {
      promotions(first: 50) {
        totalCount
        edges {
          node {
            id
            name
            products {
              name
            }
          }
        }
      }
    }
  `),
  promotion: graphql(`
    query MatrixPromotion($id: ID!) {
      promotion(id: $id) {
        id
        name
      }
    }
  `),
  auditEvents: graphql(`
    query MatrixAuditEvents {
      auditEvents(first: 50) {
        totalCount
        edges {
          node {
            summary
          }
        }
      }
    }
  `),
  setLocale: graphql(`
    mutation MatrixSetLocale($locale: String) {
      setLocale(locale: $locale) {
        locale
      }
    }
  `),
  setPriceBookEntry: graphql(`
    mutation MatrixSetPriceBookEntry($input: SetPriceBookEntryInput!) {
      setPriceBookEntry(input: $input) {
        __typename
        ... on PriceBookEntrySaved {
          entry {
            sku
            unitPrice {
              amount
            }
          }
        }
        ... on ValidationFailed {
          code
        }
      }
    }
  `),
  savePriceBook: graphql(`
    mutation MatrixSavePriceBook($input: SavePriceBookInput!) {
      savePriceBook(input: $input) {
        __typename
        ... on PriceBookSaved {
          priceBook {
            name
            groups {
              group {
                name
              }
            }
          }
        }
        ... on ValidationFailed {
          code
        }
      }
    }
  `),
  saveVolumeTiers: graphql(`
    mutation MatrixSaveVolumeTiers($input: SaveVolumeTiersInput!) {
      saveVolumeTiers(input: $input) {
        __typename
        ... on ValidationFailed {
          code
        }
      }
    }
  `),
  savePromotion: graphql(`
    mutation MatrixSavePromotion($input: SavePromotionInput!) {
      savePromotion(input: $input) {
        __typename
        ... on PromotionSaved {
          promotion {
            name
            products {
              name
            }
          }
        }
        ... on ValidationFailed {
          code
        }
      }
    }
  `),
  cart: graphql(`
    query MatrixCart($id: ID) {
      cart(id: $id) {
        id
        owner {
          name
        }
        lines {
          sku
          name
        }
      }
    }
  `),
  carts: graphql(`
    query MatrixCarts {
      carts {
        id
        name
        owner {
          name
        }
      }
    }
  `),
  addToCart: graphql(`
    mutation MatrixAddToCart($cartId: ID, $lines: [CartLineInput!]!) {
      addToCart(cartId: $cartId, lines: $lines) {
        __typename
        ... on LinesAdded {
          addedCount
        }
      }
    }
  `),
  quickOrder: graphql(`
    mutation MatrixQuickOrder($cartId: ID, $text: String!) {
      quickOrder(cartId: $cartId, text: $text) {
        __typename
        ... on LinesAdded {
          addedCount
        }
      }
    }
  `),
  cartChange: graphql(`
    fragment MatrixCartChange on CartChangeResult {
      __typename
      ... on CartUpdated {
        cart {
          id
        }
      }
      ... on ValidationFailed {
        code
      }
    }
  `),
  updateCartLine: graphql(`
    mutation MatrixUpdateCartLine($input: UpdateCartLineInput!) {
      updateCartLine(input: $input) {
        ...MatrixCartChange
      }
    }
  `),
  removeCartLines: graphql(`
    mutation MatrixRemoveCartLines($cartId: ID!, $lineIds: [ID!]!) {
      removeCartLines(cartId: $cartId, lineIds: $lineIds) {
        ...MatrixCartChange
      }
    }
  `),
  splitCartLine: graphql(`
    mutation MatrixSplitCartLine($input: SplitCartLineInput!) {
      splitCartLine(input: $input) {
        ...MatrixCartChange
      }
    }
  `),
  saveDeliveryGroup: graphql(`
    mutation MatrixSaveDeliveryGroup($input: SaveDeliveryGroupInput!) {
      saveDeliveryGroup(input: $input) {
        ...MatrixCartChange
      }
    }
  `),
  removeDeliveryGroup: graphql(`
    mutation MatrixRemoveDeliveryGroup($cartId: ID!, $deliveryGroupId: ID!) {
      removeDeliveryGroup(cartId: $cartId, deliveryGroupId: $deliveryGroupId) {
        ...MatrixCartChange
      }
    }
  `),
  setCouponCodes: graphql(`
    mutation MatrixSetCouponCodes($cartId: ID!, $codes: [String!]!) {
      setCouponCodes(cartId: $cartId, codes: $codes) {
        ...MatrixCartChange
      }
    }
  `),
  applyCartOffer: graphql(`
    mutation MatrixApplyCartOffer($input: CartOfferInput!) {
      applyCartOffer(input: $input) {
        ...MatrixCartChange
      }
    }
  `),
  removeCartOffer: graphql(`
    mutation MatrixRemoveCartOffer($cartId: ID!, $offerId: ID!) {
      removeCartOffer(cartId: $cartId, offerId: $offerId) {
        ...MatrixCartChange
      }
    }
  `),
  saveCartAs: graphql(`
    mutation MatrixSaveCartAs($cartId: ID!, $name: String!) {
      saveCartAs(cartId: $cartId, name: $name) {
        ...MatrixCartChange
      }
    }
  `),
  activateCart: graphql(`
    mutation MatrixActivateCart($cartId: ID!) {
      activateCart(cartId: $cartId) {
        ...MatrixCartChange
      }
    }
  `),
  deleteCart: graphql(`
    mutation MatrixDeleteCart($cartId: ID!) {
      deleteCart(cartId: $cartId)
    }
  `),
  placeOrder: graphql(`
    mutation MatrixPlaceOrder($input: PlaceOrderInput!) {
      placeOrder(input: $input) {
        __typename
        ... on UserError {
          code
        }
      }
    }
  `),
  signIn: graphql(`
    mutation MatrixSignIn($input: SignInInput!) {
      signIn(input: $input) {
        __typename
        ... on UserError {
          code
        }
      }
    }
  `),
  signOut: graphql(`
    mutation MatrixSignOut {
      signOut
    }
  `),
  switchAccount: graphql(`
    mutation MatrixSwitchAccount($accountId: ID!) {
      switchAccount(accountId: $accountId) {
        __typename
        ... on SwitchAccountSuccess {
          viewer {
            effectiveAccount {
              id
              name
            }
          }
        }
        ... on UserError {
          code
        }
      }
    }
  `),
  ordersToFulfil: graphql(`
    query MatrixOrdersToFulfil($search: String) {
      ordersToFulfil(first: 100, search: $search) {
        totalCount
        edges {
          node {
            ...OrderDeep
          }
        }
      }
    }
  `),
  cancelOrder: graphql(`
    mutation MatrixCancelOrder($orderId: ID!) {
      cancelOrder(orderId: $orderId, reason: "Matrix") {
        __typename
        ... on OrderChanged {
          order {
            ...OrderDeep
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  approveOrder: graphql(`
    mutation MatrixApproveOrder($orderId: ID!) {
      approveOrder(orderId: $orderId) {
        __typename
        ... on OrderChanged {
          order {
            number
            status
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  rejectOrder: graphql(`
    mutation MatrixRejectOrder($orderId: ID!) {
      rejectOrder(orderId: $orderId) {
        __typename
        ... on OrderChanged {
          order {
            number
            status
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  createShipment: graphql(`
    mutation MatrixCreateShipment($orderId: ID!) {
      createShipment(input: { orderId: $orderId, lines: [], carrier: "UPS", trackingNumber: "1ZMATRIX" }) {
        __typename
        ... on ShipmentCreated {
          shipment {
            trackingUrl
            lines {
              sku
              name
            }
          }
          order {
            ...OrderDeep
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  markDelivered: graphql(`
    mutation MatrixMarkDelivered($orderId: ID!) {
      markDelivered(orderId: $orderId) {
        __typename
        ... on OrderChanged {
          order {
            number
            status
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  reorder: graphql(`
    mutation MatrixReorder($orderId: ID!, $cartId: ID) {
      reorder(orderId: $orderId, cartId: $cartId) {
        __typename
        ... on LinesAdded {
          addedCount
          rejected {
            sku
            message
          }
          cart {
            lines {
              sku
              name
            }
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  notifications: graphql(`
    query MatrixNotifications {
      notifications(first: 100) {
        totalCount
        edges {
          node {
            id
            title
            body
            link
          }
        }
      }
    }
  `),
  unreadNotificationCount: graphql(`
    query MatrixUnreadNotificationCount {
      unreadNotificationCount
    }
  `),
  markNotificationsRead: graphql(`
    mutation MatrixMarkNotificationsRead($ids: [ID!]) {
      markNotificationsRead(ids: $ids) {
        markedCount
        unreadCount
      }
    }
  `),
  accountUsers: graphql(`
    query MatrixAccountUsers {
      accountUsers {
        id
        name
        email
        orderLimit {
          amount
        }
      }
    }
  `),
  setOrderLimit: graphql(`
    mutation MatrixSetOrderLimit($userId: ID!, $limit: String) {
      setOrderLimit(userId: $userId, limit: $limit) {
        __typename
        ... on OrderLimitSet {
          user {
            name
            orderLimit {
              amount
            }
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  wishlists: graphql(`
    query MatrixWishlists {
      wishlists {
        id
        name
        items {
          quantity
          product {
            sku
            name
          }
        }
      }
    }
  `),
  createWishlist: graphql(`
    mutation MatrixCreateWishlist($name: String!) {
      createWishlist(name: $name) {
        __typename
        ... on WishlistSaved {
          wishlist {
            id
            name
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  renameWishlist: graphql(`
    mutation MatrixRenameWishlist($wishlistId: ID!, $name: String!) {
      renameWishlist(wishlistId: $wishlistId, name: $name) {
        __typename
        ... on WishlistSaved {
          wishlist {
            name
            items {
              product {
                name
              }
            }
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  deleteWishlist: graphql(`
    mutation MatrixDeleteWishlist($wishlistId: ID!) {
      deleteWishlist(wishlistId: $wishlistId)
    }
  `),
  addToWishlist: graphql(`
    mutation MatrixAddToWishlist($wishlistId: ID!, $sku: String!) {
      addToWishlist(wishlistId: $wishlistId, sku: $sku, quantity: 1) {
        __typename
        ... on WishlistSaved {
          wishlist {
            name
            items {
              product {
                sku
                name
              }
            }
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  setWishlistItemQuantity: graphql(`
    mutation MatrixSetWishlistItemQuantity($wishlistId: ID!, $itemId: ID!, $quantity: Int!) {
      setWishlistItemQuantity(wishlistId: $wishlistId, itemId: $itemId, quantity: $quantity) {
        __typename
        ... on WishlistSaved {
          wishlist {
            name
            items {
              quantity
              product {
                sku
                name
              }
            }
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  removeFromWishlist: graphql(`
    mutation MatrixRemoveFromWishlist($wishlistId: ID!) {
      removeFromWishlist(wishlistId: $wishlistId, itemIds: []) {
        __typename
        ... on WishlistSaved {
          wishlist {
            name
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  addWishlistToCart: graphql(`
    mutation MatrixAddWishlistToCart($wishlistId: ID!, $cartId: ID) {
      addWishlistToCart(wishlistId: $wishlistId, cartId: $cartId) {
        __typename
        ... on LinesAdded {
          addedCount
          cart {
            lines {
              sku
              name
            }
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  serviceCases: graphql(`
    query MatrixServiceCases($filter: ServiceCaseFilter) {
      serviceCases(first: 50, filter: $filter) {
        totalCount
        edges {
          node {
            id
            number
            subject
            account {
              name
            }
            concerns {
              orderNumber
              sku
            }
          }
        }
      }
    }
  `),
  serviceCase: graphql(`
    query MatrixServiceCase($id: ID!) {
      serviceCase(id: $id) {
        id
        number
        subject
        description
        account {
          name
        }
        concerns {
          orderNumber
          productName
        }
        comments(first: 10) {
          edges {
            node {
              body
              author {
                name
              }
            }
          }
        }
        attachments {
          fileName
        }
      }
    }
  `),
  openCase: graphql(`
    mutation MatrixOpenCase($input: OpenCaseInput!) {
      openCase(input: $input) {
        __typename
        ... on CaseOpened {
          serviceCase {
            subject
            concerns {
              orderNumber
            }
          }
        }
        ... on ValidationFailed {
          code
        }
      }
    }
  `),
  addCaseComment: graphql(`
    mutation MatrixAddCaseComment($caseId: ID!, $body: String!) {
      addCaseComment(caseId: $caseId, body: $body) {
        __typename
        ... on CaseUpdated {
          serviceCase {
            subject
          }
        }
      }
    }
  `),
  changeCaseStatus: graphql(`
    mutation MatrixChangeCaseStatus($caseId: ID!, $status: CaseStatus!) {
      changeCaseStatus(caseId: $caseId, status: $status) {
        __typename
        ... on CaseUpdated {
          serviceCase {
            subject
            status
          }
        }
      }
    }
  `),
  payments: graphql(`
    query MatrixPayments {
      payments(first: 50) {
        totalCount
        edges {
          node {
            id
            number
            amount {
              amount
            }
            paidByName
            allocations {
              invoiceNumber
            }
          }
        }
      }
    }
  `),
  payment: graphql(`
    query MatrixPayment($id: ID!) {
      payment(id: $id) {
        id
        number
        paidByName
        allocations {
          invoiceNumber
          amount {
            amount
          }
        }
      }
    }
  `),
  invoicesToPay: graphql(`
    query MatrixInvoicesToPay($ids: [ID!]!) {
      invoicesToPay(ids: $ids) {
        id
        number
        balance {
          amount
        }
      }
    }
  `),
  payInvoices: graphql(`
    mutation MatrixPayInvoices($input: PayInvoicesInput!) {
      payInvoices(input: $input) {
        __typename
        ... on Payment {
          number
          allocations {
            invoiceNumber
          }
        }
        ... on ValidationFailed {
          problems {
            field
            message
          }
        }
        ... on UserError {
          code
          message
        }
      }
    }
  `),
  invoices: graphql(`
    query MatrixInvoices($search: String) {
      invoices(first: 100, filter: { search: $search }) {
        totalCount
        edges {
          node {
            id
            number
            balance {
              amount
            }
            order {
              number
            }
            lines {
              sku
              name
            }
            creditMemos {
              reason
            }
          }
        }
      }
    }
  `),
  invoice: graphql(`
    query MatrixInvoice($id: ID!) {
      invoice(id: $id) {
        id
        number
        order {
          number
          account {
            name
          }
        }
        lines {
          name
        }
        shipments {
          trackingNumber
        }
      }
    }
  `),
  invoiceAging: graphql(`
    query MatrixInvoiceAging {
      invoiceAging {
        openCount
        totalOpen {
          amount
        }
      }
    }
  `),
  issueCreditMemo: graphql(`
    mutation MatrixIssueCreditMemo($invoiceId: ID!) {
      issueCreditMemo(invoiceId: $invoiceId, kind: ADJUSTMENT, amount: "0.01", reason: "Matrix check") {
        __typename
        ... on CreditMemoIssued {
          invoice {
            number
            balance {
              amount
            }
          }
        }
        ... on ValidationFailed {
          code
          message
        }
      }
    }
  `),
  voidInvoice: graphql(`
    mutation MatrixVoidInvoice($invoiceId: ID!) {
      voidInvoice(invoiceId: $invoiceId, reason: "Matrix check") {
        __typename
        ... on InvoiceVoided {
          invoice {
            number
            status
          }
        }
        ... on ValidationFailed {
          code
          message
        }
      }
    }
  `),
};
void OrderDeep;

interface Case {
  role: RoleKey;
  client: TestClient;
  signedIn: boolean;
  /** May act for the sibling account (site admins). */
  seesSibling: boolean;
}

let server: TestServer;
let site: TestSite;
let other: TestSite;
let leaks: string[] = [];
let otherPromotionId: string;
const checked = new Map<string, number>();

/** Every response passes through here: counts the leak and the case. */
async function call<T>(
  field: string,
  c: Case,
  run: () => Promise<GraphQLResponse<T>>,
): Promise<GraphQLResponse<T>> {
  const response = await run();
  const text = JSON.stringify(response);
  const forbidden = c.seesSibling ? [OTHER_SITE] : [OTHER_SITE, SIBLING];
  for (const marker of forbidden) {
    if (text.includes(marker)) leaks.push(`${c.role} ${field}: ${marker} in ${text.slice(0, 300)}`);
  }
  checked.set(field, (checked.get(field) ?? 0) + 1);
  return response;
}

function expectUnauthenticated(response: GraphQLResponse<unknown>): void {
  expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
}

function expectForbidden(response: GraphQLResponse<unknown>): void {
  expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
}

/** The other site's list price of its first product, read straight from the database. */
async function otherListPrice(): Promise<string> {
  const [row] = await server.orm.em
    .getConnection()
    .execute<Array<{ unit_price: string }>>(
      'SELECT unit_price::text FROM price_book_entry WHERE price_book_id = ? AND product_id = ?',
      [other.priceBookIds.USD, other.productIds[0]],
    );
  return row!.unit_price;
}

const own = () => site.accounts[0];
const sibling = () => site.accounts[1];
const foreign = () => other.accounts[0];

const sqlRun = <Row = Record<string, unknown>>(statement: string, params: unknown[] = []) =>
  server.orm.em.getConnection().execute<Row[]>(statement, params);

/** Records for the order, notification, user and wishlist rows: made once, on first use. */
interface Extras {
  ownList: string;
  siblingList: string;
  foreignList: string;
  siblingUserId: string;
  foreignNotifications: string[];
}
let extrasMade: Promise<Extras> | undefined;
const extras = (): Promise<Extras> => (extrasMade ??= makeExtras());

async function makeExtras(): Promise<Extras> {
  const list = async (accountId: string, name: string, productId: string) => {
    const id = randomUUID();
    await sqlRun(
      `INSERT INTO wishlist (id, account_id, name, created_at, updated_at) VALUES (?, ?, ?, now(), now())`,
      [id, accountId, name],
    );
    await sqlRun(
      `INSERT INTO wishlist_item (id, wishlist_id, product_id, quantity, added_at) VALUES (?, ?, ?, 2, now())`,
      [randomUUID(), id, productId],
    );
    return toGlobalId('Wishlist', id);
  };
  const siblingUserId = randomUUID();
  await sqlRun(
    `INSERT INTO app_user (id, site_id, email, name, password_hash, roles, account_id, created_at)
     SELECT ?, site_id, ?, ?, password_hash, '{BUYER}', ?, now() FROM app_user WHERE id = ?`,
    [
      siblingUserId,
      `sibling-${siblingUserId}@test.example`,
      `${SIBLING} buyer`,
      sibling().id,
      site.users.BUYER.id,
    ],
  );
  const foreignNotifications: string[] = [];
  for (const [siteId, userId, marker] of [
    [site.id, siblingUserId, SIBLING],
    [other.id, other.users.BUYER.id, OTHER_SITE],
  ] as const) {
    const id = randomUUID();
    foreignNotifications.push(toGlobalId('Notification', id));
    await sqlRun(
      `INSERT INTO notification (id, site_id, user_id, kind, title, body, link, created_at)
       VALUES (?, ?, ?, 'order.placed', ?, ?, NULL, now())`,
      [id, siteId, userId, `${marker} order placed`, `${marker} body`],
    );
  }
  return {
    ownList: await list(own().id, 'Own list', site.productIds[0]),
    siblingList: await list(sibling().id, `${SIBLING} list`, site.productIds[1]),
    foreignList: await list(foreign().id, `${OTHER_SITE} list`, other.productIds[0]),
    siblingUserId,
    foreignNotifications,
  };
}

/**
 * An order made for one row and removed after it, so the other rows (and roles) see the lists as
 * they were. Its number carries the account's marker, so an echo of a foreign one is a leak.
 */
async function withScratchOrder(
  account: 'own' | 'sibling' | 'foreign',
  status: string,
  work: (orderId: string) => Promise<void>,
): Promise<void> {
  const id = randomUUID();
  const [s, a, marker] =
    account === 'own'
      ? [site, own(), 'OWN']
      : account === 'sibling'
        ? [site, sibling(), SIBLING]
        : [other, foreign(), OTHER_SITE];
  await sqlRun(
    `INSERT INTO customer_order (id, site_id, account_id, number, status, placed_at, placed_by_id, po_number, currency,
                                 subtotal, total, line_count, payment_method)
     VALUES (?, ?, ?, ?, ?, now(), ?, 'PO-1', 'USD', 21, 21, 1, 'PURCHASE_ORDER')`,
    [
      id,
      s.id,
      a.id,
      `${marker}-${id.slice(0, 8)}`,
      status,
      account === 'sibling' ? (await extras()).siblingUserId : s.users.BUYER.id,
    ],
  );
  await sqlRun(
    `INSERT INTO order_line (id, order_id, line_number, product_id, sku, name, quantity, unit_price, line_total)
     SELECT gen_random_uuid(), ?, 1, p.id, p.sku, p.name, 2, 10.50, 21 FROM product p WHERE p.id = ?`,
    [id, s.productIds[0]],
  );
  try {
    await work(toGlobalId('Order', id));
  } finally {
    // Shipping an order on terms invoices it: the invoices go with the scratch order.
    await sqlRun('DELETE FROM credit_memo WHERE invoice_id IN (SELECT id FROM invoice WHERE order_id = ?)', [
      id,
    ]);
    await sqlRun('DELETE FROM invoice WHERE order_id = ?', [id]);
    await sqlRun('DELETE FROM customer_order WHERE id = ?', [id]);
  }
}

/** An invoice of one account's first order (its number carries the account's marker): made once each. */
let invoicesMade: Promise<{ own: string; sibling: string; foreign: string }> | undefined;
const matrixInvoices = () => (invoicesMade ??= makeInvoices());

async function insertInvoice(account: 'own' | 'sibling' | 'foreign', tag: string): Promise<string> {
  const [s, a, marker] =
    account === 'own'
      ? [site, own(), 'OWN']
      : account === 'sibling'
        ? [site, sibling(), SIBLING]
        : [other, foreign(), OTHER_SITE];
  const id = randomUUID();
  await sqlRun(
    `INSERT INTO invoice (id, site_id, account_id, number, order_id, state, currency, issued_on, due_on, payment_terms_days,
                          subtotal, shipping_total, tax_total, total, amount_paid, amount_credited, balance, created_at)
     VALUES (?, ?, ?, ?, ?, 'OPEN', 'USD', current_date, current_date + 30, 30, 100, 0, 0, 100, 0, 0, 100, now())`,
    [id, s.id, a.id, `${marker}-INV-${tag}-${id.slice(0, 6)}`, a.orderIds[0]],
  );
  await sqlRun(
    `INSERT INTO invoice_line (id, invoice_id, order_line_id, position, sku, name, quantity, unit_price, line_total)
     SELECT gen_random_uuid(), ?, l.id, 1, l.sku, l.name, 1, 100, 100 FROM order_line l WHERE l.order_id = ? AND l.line_number = 1`,
    [id, a.orderIds[0]],
  );
  return toGlobalId('Invoice', id);
}

async function makeInvoices() {
  return {
    own: await insertInvoice('own', 'main'),
    sibling: await insertInvoice('sibling', 'main'),
    foreign: await insertInvoice('foreign', 'main'),
  };
}

async function invoiceRow(globalId: string) {
  const [row] = await sqlRun<{ state: string; balance: string }>(
    'SELECT state, balance::text FROM invoice WHERE id = ?',
    [fromGlobalId('Invoice', globalId)],
  );
  return row;
}

/** Seller-side roles that credit and void invoices. */
const BILLERS = new Set<RoleKey>([Role.SALES_REP, Role.ACCOUNT_MANAGER, Role.SITE_ADMIN]);

/** A saved cart of the role's user in the own account, for one row; removed after it. */
async function withScratchCart(c: Case, work: (cartId: string) => Promise<void>): Promise<void> {
  const id = randomUUID();
  await sqlRun(
    `INSERT INTO cart (id, site_id, account_id, owner_id, name, status, coupon_codes, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'Matrix', 'SAVED', '{}', 1, now(), now())`,
    [id, site.id, own().id, site.users[c.role as Role].id],
  );
  try {
    await work(toGlobalId('Cart', id));
  } finally {
    await sqlRun('DELETE FROM cart WHERE id = ?', [id]);
  }
}

/** A cart of the sibling account's buyer and one on the other site, each with a line: made once. */
let foreignCartsMade: Promise<Array<{ cart: string; line: string; group: string }>> | undefined;
const foreignCarts = () => (foreignCartsMade ??= makeForeignCarts());

async function makeForeignCarts(): Promise<Array<{ cart: string; line: string; group: string }>> {
  const { siblingUserId } = await extras();
  const made: Array<{ cart: string; line: string; group: string }> = [];
  for (const [s, account, owner, productId] of [
    [site, sibling(), siblingUserId, site.productIds[1]],
    [other, foreign(), other.users.BUYER.id, other.productIds[0]],
  ] as const) {
    const [cart, group, line] = [randomUUID(), randomUUID(), randomUUID()];
    await sqlRun(
      `INSERT INTO cart (id, site_id, account_id, owner_id, name, status, coupon_codes, version, created_at, updated_at)
       VALUES (?, ?, ?, ?, NULL, 'ACTIVE', '{}', 1, now(), now())`,
      [cart, s.id, account.id, owner],
    );
    await sqlRun(
      `INSERT INTO delivery_group (id, cart_id, address_id, desired_date, shipping_method, position)
       SELECT ?, ?, id, NULL, 'STANDARD', 0 FROM address WHERE account_id = ? LIMIT 1`,
      [group, cart, account.id],
    );
    await sqlRun(
      `INSERT INTO cart_line (id, cart_id, product_id, quantity, delivery_group_id, position, added_at)
       VALUES (?, ?, ?, 2, ?, 0, now())`,
      [line, cart, productId, group],
    );
    made.push({
      cart: toGlobalId('Cart', cart),
      line: toGlobalId('CartLine', line),
      group: toGlobalId('DeliveryGroup', group),
    });
  }
  return made;
}

/** Runs a cart change against each foreign cart: refused (or not found) for every role. */
async function refusedOnForeignCarts(
  field: string,
  c: Case,
  run: (f: {
    cart: string;
    line: string;
    group: string;
  }) => Promise<GraphQLResponse<Record<string, unknown>>>,
  pick: (data: Record<string, unknown>) => unknown,
  refused: unknown,
): Promise<boolean> {
  for (const f of await foreignCarts()) {
    const r = await call(field, c, () => run(f));
    if (!c.signedIn) {
      expectUnauthenticated(r);
      return false;
    }
    expect(pick(r.data ?? {})).toEqual(refused);
  }
  const [sibling] = await foreignCarts();
  const [{ n }] = await sqlRun<{ n: number }>(
    `SELECT count(*)::int AS n FROM cart_line WHERE cart_id = ? AND quantity = 2`,
    [Buffer.from(sibling!.cart, 'base64url').toString('utf8').split(':')[1]],
  );
  expect(n).toBe(1);
  return true;
}

async function orderStatus(globalId: string): Promise<string | undefined> {
  const id = Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
  const [row] = await sqlRun<{ status: string }>('SELECT status FROM customer_order WHERE id = ?', [id]);
  return row?.status;
}

/** Service cases of the own, sibling and other-site accounts (made once, on first use). */
interface MatrixCases {
  own: string;
  sibling: string;
  foreign: string;
}
let casesMade: Promise<MatrixCases> | undefined;
const matrixCases = (): Promise<MatrixCases> => (casesMade ??= makeMatrixCases());

/** A case made straight in the database, with a comment; returns its GraphQL ID. */
async function insertCase(
  s: TestSite,
  accountId: string,
  openedById: string,
  marker: string,
  number: string,
  status = 'OPEN',
): Promise<string> {
  const id = randomUUID();
  await sqlRun(
    `INSERT INTO service_case (id, site_id, account_id, number, type, status, subject, description, order_id,
                               opened_by_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'OTHER', ?, ?, ?, NULL, ?, now(), now())`,
    [id, s.id, accountId, number, status, `${marker} case`, `${marker} description`, openedById],
  );
  await sqlRun(
    `INSERT INTO case_comment (id, service_case_id, author_id, from_seller, body, created_at)
     VALUES (gen_random_uuid(), ?, ?, false, ?, now())`,
    [id, openedById, `${marker} comment`],
  );
  return toGlobalId('ServiceCase', id);
}

async function makeMatrixCases(): Promise<MatrixCases> {
  const { siblingUserId } = await extras();
  return {
    own: await insertCase(site, own().id, site.users.BUYER.id, 'Own', 'CS-90001'),
    sibling: await insertCase(site, sibling().id, siblingUserId, SIBLING, `CS-${SIBLING}`),
    foreign: await insertCase(other, foreign().id, other.users.BUYER.id, OTHER_SITE, `CS-${OTHER_SITE}`),
  };
}

async function caseState(globalId: string): Promise<string> {
  const [row] = await sqlRun<{ state: string }>(
    `SELECT c.status || ':' || (SELECT count(*) FROM case_comment cc WHERE cc.service_case_id = c.id) AS state
       FROM service_case c WHERE c.id = ?`,
    [fromGlobalId('ServiceCase', globalId)],
  );
  return row!.state;
}

const foreignOrders = () => [
  toGlobalId('Order', sibling().orderIds[0]),
  toGlobalId('Order', foreign().orderIds[0]),
];

/**
 * An invoice of 1,000.00 and a payment of 10.00 on it for the own, sibling and foreign accounts, made
 * once; numbers carry the account's marker.
 */
interface PaymentFixture {
  invoiceId: string;
  invoice: string;
  payment: string;
}
let paymentFixturesMade: Promise<Record<'own' | 'sibling' | 'foreign', PaymentFixture>> | undefined;
const paymentFixtures = () => (paymentFixturesMade ??= makePaymentFixtures());

async function makePaymentFixtures(): Promise<Record<'own' | 'sibling' | 'foreign', PaymentFixture>> {
  const { siblingUserId } = await extras();
  const made: Partial<Record<'own' | 'sibling' | 'foreign', PaymentFixture>> = {};
  for (const [key, s, a, marker, payer] of [
    ['own', site, own(), 'OWN', site.users.BUYER.id],
    ['sibling', site, sibling(), SIBLING, siblingUserId],
    ['foreign', other, foreign(), OTHER_SITE, other.users.BUYER.id],
  ] as const) {
    const [invoiceId, paymentId] = [randomUUID(), randomUUID()];
    await sqlRun(
      `INSERT INTO invoice (id, site_id, account_id, number, order_id, state, currency, issued_on, due_on, payment_terms_days,
                            subtotal, tax_total, total, amount_paid, amount_credited, balance, created_at)
       VALUES (?, ?, ?, ?, ?, 'PARTLY_PAID', 'USD', current_date, current_date + 30, 30, 1000, 0, 1000, 10, 0, 990, now())`,
      [invoiceId, s.id, a.id, `${marker}-INV-${invoiceId.slice(0, 8)}`, a.orderIds[0]],
    );
    await sqlRun(
      `INSERT INTO payment (id, site_id, account_id, number, method, amount, discount_total, currency, idempotency_key,
                            request_fingerprint, bank_reference, paid_by_id, created_at)
       VALUES (?, ?, ?, ?, 'BANK_TRANSFER', 10, 0, 'USD', ?, 'matrix', ?, ?, now())`,
      [
        paymentId,
        s.id,
        a.id,
        `${marker}-PAY-${paymentId.slice(0, 8)}`,
        `matrix-${paymentId}`,
        `${marker} wire`,
        payer,
      ],
    );
    await sqlRun(
      `INSERT INTO payment_allocation (id, payment_id, invoice_id, amount, discount, balance_after)
       VALUES (?, ?, ?, 10, 0, (SELECT balance FROM invoice WHERE id = ?))`,
      [randomUUID(), paymentId, invoiceId, invoiceId],
    );
    made[key] = {
      invoiceId,
      invoice: toGlobalId('Invoice', invoiceId),
      payment: toGlobalId('Payment', paymentId),
    };
  }
  return made as Record<'own' | 'sibling' | 'foreign', PaymentFixture>;
}

/** The matrix: one row per root field. Each row checks own and foreign records for the case's role. */
const matrix: Record<string, (c: Case) => Promise<void>> = {
  'Query.viewer': async (c) => {
    const r = await call('Query.viewer', c, () => c.client.request(Operations.viewer));
    if (!c.signedIn) return expect(r.data?.viewer).toBeNull();
    expect(r.data?.viewer?.site.code).toBe(site.code);
    expect(r.data?.viewer?.effectiveAccount?.name).toBe(own().name);
  },
  'Query.site': async (c) => {
    const r = await call('Query.site', c, () => c.client.request(Operations.site, { code: site.code }));
    expect(r.data?.site?.code).toBe(site.code);
    const unknown = await call('Query.site', c, () => c.client.request(Operations.site, { code: 'nope' }));
    expect(unknown.data?.site).toBeNull();
  },
  'Query.sites': async (c) => {
    const r = await call('Query.sites', c, () => c.client.request(Operations.sites));
    expect(r.data?.sites.map((s) => s.code)).toContain(site.code);
  },
  'Query.accounts': async (c) => {
    const r = await call('Query.accounts', c, () => c.client.request(Operations.accounts, {}));
    if (!c.signedIn) return expectUnauthenticated(r);
    const names = r.data!.accounts.edges.map((e) => e.node.name);
    expect(names).toContain(own().name);
    expect(names.includes(sibling().name)).toBe(c.seesSibling);
    const searched = await call('Query.accounts', c, () =>
      c.client.request(Operations.accounts, { search: OTHER_SITE }),
    );
    expect(searched.data?.accounts.totalCount).toBe(0);
  },
  'Query.account': async (c) => {
    const ownR = await call('Query.account', c, () =>
      c.client.request(Operations.account, { id: toGlobalId('Account', own().id) }),
    );
    if (!c.signedIn) return expectUnauthenticated(ownR);
    expect(ownR.data?.account?.name).toBe(own().name);
    const siblingR = await call('Query.account', c, () =>
      c.client.request(Operations.account, { id: toGlobalId('Account', sibling().id) }),
    );
    expect(siblingR.data?.account?.name ?? null).toBe(c.seesSibling ? sibling().name : null);
    const foreignR = await call('Query.account', c, () =>
      c.client.request(Operations.account, { id: toGlobalId('Account', foreign().id) }),
    );
    expect(foreignR.data?.account).toBeNull();
    // An ID of another type pointing at the same row is no way in either.
    const typeConfused = await call('Query.account', c, () =>
      c.client.request(Operations.account, { id: toGlobalId('Order', foreign().orderIds[0]) }),
    );
    expect(typeConfused.data?.account).toBeNull();
  },
  'Query.categories': async (c) => {
    const r = await call('Query.categories', c, () => c.client.request(Operations.categories));
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.data?.categories.edges.map((x) => x.node.id).sort()).toEqual(
      site.categoryIds.map((id) => toGlobalId('Category', id)).sort(),
    );
  },
  'Query.products': async (c) => {
    const r = await call('Query.products', c, () => c.client.request(Operations.products, {}));
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.data?.products.totalCount).toBe(site.productIds.length);
    const byForeignCategory = await call('Query.products', c, () =>
      c.client.request(Operations.products, { categoryId: toGlobalId('Category', other.categoryIds[0]) }),
    );
    expect(byForeignCategory.data?.products.totalCount).toBe(0);
    const bySearch = await call('Query.products', c, () =>
      c.client.request(Operations.products, { search: OTHER_SITE }),
    );
    expect(bySearch.data?.products.totalCount).toBe(0);
  },
  'Query.product': async (c) => {
    const ownR = await call('Query.product', c, () =>
      c.client.request(Operations.product, { id: toGlobalId('Product', site.productIds[0]) }),
    );
    if (!c.signedIn) return expectUnauthenticated(ownR);
    expect(ownR.data?.product?.sku).toBe(site.productSkus[0]);
    const foreignR = await call('Query.product', c, () =>
      c.client.request(Operations.product, { id: toGlobalId('Product', other.productIds[0]) }),
    );
    expect(foreignR.data?.product).toBeNull();
  },
  'Query.productBySku': async (c) => {
    const ownR = await call('Query.productBySku', c, () =>
      c.client.request(Operations.productBySku, { sku: site.productSkus[1] }),
    );
    if (!c.signedIn) return expectUnauthenticated(ownR);
    expect(ownR.data?.productBySku?.sku).toBe(site.productSkus[1]);
    const foreignR = await call('Query.productBySku', c, () =>
      c.client.request(Operations.productBySku, { sku: other.productSkus[0] }),
    );
    expect(foreignR.data?.productBySku).toBeNull();
  },
  'Query.orders': async (c) => {
    const r = await call('Query.orders', c, () => c.client.request(Operations.orders));
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.data?.orders.edges.map((e) => e.node.number).sort()).toEqual([...own().orderNumbers].sort());
  },
  'Query.order': async (c) => {
    const ownR = await call('Query.order', c, () =>
      c.client.request(Operations.order, { id: toGlobalId('Order', own().orderIds[0]) }),
    );
    if (!c.signedIn) return expectUnauthenticated(ownR);
    expect(ownR.data?.order?.number).toBe(own().orderNumbers[0]);
    // Orders belong to the effective account: even a site admin acting for `own` does not get the sibling's.
    for (const id of [sibling().orderIds[0], foreign().orderIds[0]]) {
      const r = await call('Query.order', c, () =>
        c.client.request(Operations.order, { id: toGlobalId('Order', id) }),
      );
      expect(r.data?.order).toBeNull();
    }
  },
  'Query.priceLines': async (c) => {
    const r = await call('Query.priceLines', c, () =>
      c.client.request(Operations.priceLines, {
        lines: [
          { sku: site.productSkus[0], quantity: 1 },
          { sku: other.productSkus[0], quantity: 1 },
        ],
      }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    const [mine, theirs] = r.data!.priceLines.lines;
    expect(mine?.__typename).toBe('PricedLine');
    // Another site's SKU is unknown here: never priced, never described (the error echoes nothing of it).
    expect(theirs?.__typename === 'PriceLineError' && theirs.code).toBe('UNKNOWN_SKU');
  },
  'Query.priceBooks': async (c) => {
    const r = await call('Query.priceBooks', c, () => c.client.request(Operations.priceBooks));
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
    expect(r.data?.priceBooks.map((b) => b.name).sort()).toEqual(['List prices (CAD)', 'List prices (USD)']);
  },
  'Query.priceBook': async (c) => {
    const foreignR = await call('Query.priceBook', c, () =>
      c.client.request(Operations.priceBook, { id: toGlobalId('PriceBook', other.priceBookIds.USD) }),
    );
    if (!c.signedIn) return expectUnauthenticated(foreignR);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(foreignR);
    expect(foreignR.data?.priceBook).toBeNull();
    const ownR = await call('Query.priceBook', c, () =>
      c.client.request(Operations.priceBook, { id: toGlobalId('PriceBook', site.priceBookIds.USD) }),
    );
    expect(ownR.data?.priceBook?.name).toBe('List prices (USD)');
  },
  'Query.buyerGroups': async (c) => {
    const r = await call('Query.buyerGroups', c, () => c.client.request(Operations.buyerGroups));
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
    expect(r.data?.buyerGroups.map((g) => g.id)).toEqual([
      toGlobalId('BuyerGroup', site.defaultBuyerGroupId),
    ]);
  },
  'Query.volumeTiers': async (c) => {
    const r = await call('Query.volumeTiers', c, () =>
      c.client.request(Operations.volumeTiers, { sku: other.productSkus[0] }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
    expect(r.data?.volumeTiers).toBeNull();
  },
  'Query.promotions': async (c) => {
    const r = await call('Query.promotions', c, () => c.client.request(Operations.promotions));
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
    expect(r.data?.promotions.edges.every((e) => !e.node.name.includes(OTHER_SITE))).toBe(true);
  },
  'Query.promotion': async (c) => {
    const r = await call('Query.promotion', c, () =>
      c.client.request(Operations.promotion, { id: toGlobalId('Promotion', otherPromotionId) }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
    expect(r.data?.promotion).toBeNull();
  },
  'Query.auditEvents': async (c) => {
    const r = await call('Query.auditEvents', c, () => c.client.request(Operations.auditEvents));
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
    expect(r.data?.auditEvents.edges.every((e) => !e.node.summary.includes(OTHER_SITE))).toBe(true);
  },
  'Mutation.setLocale': async (c) => {
    const r = await call('Mutation.setLocale', c, () =>
      c.client.request(Operations.setLocale, { locale: 'xx-XX' }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const back = await call('Mutation.setLocale', c, () =>
      c.client.request(Operations.setLocale, { locale: null }),
    );
    expect(back.data?.setLocale.locale).toBe('en-US');
  },
  'Mutation.setPriceBookEntry': async (c) => {
    // Another site's book: refused for everyone, and its price stays as it was.
    const foreignR = await call('Mutation.setPriceBookEntry', c, () =>
      c.client.request(Operations.setPriceBookEntry, {
        input: {
          priceBookId: toGlobalId('PriceBook', other.priceBookIds.USD),
          sku: other.productSkus[0],
          unitPrice: '1.00',
        },
      }),
    );
    expect(await otherListPrice()).toBe('10.5000');
    if (!c.signedIn) return expectUnauthenticated(foreignR);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(foreignR);
    expect(foreignR.data?.setPriceBookEntry.__typename).toBe('ValidationFailed');
    const ownR = await call('Mutation.setPriceBookEntry', c, () =>
      c.client.request(Operations.setPriceBookEntry, {
        input: {
          priceBookId: toGlobalId('PriceBook', site.priceBookIds.USD),
          sku: site.productSkus[2],
          unitPrice: '12.75',
        },
      }),
    );
    expect(ownR.data?.setPriceBookEntry.__typename).toBe('PriceBookEntrySaved');
  },
  'Mutation.savePriceBook': async (c) => {
    const r = await call('Mutation.savePriceBook', c, () =>
      c.client.request(Operations.savePriceBook, {
        input: {
          name: `Group book ${c.role}`,
          currency: 'USD',
          active: true,
          groups: [{ buyerGroupId: toGlobalId('BuyerGroup', other.defaultBuyerGroupId), priority: 5 }],
        },
      }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
    // Another site's buyer group cannot be given a book here.
    expect(r.data?.savePriceBook.__typename).toBe('ValidationFailed');
  },
  'Mutation.saveVolumeTiers': async (c) => {
    const r = await call('Mutation.saveVolumeTiers', c, () =>
      c.client.request(Operations.saveVolumeTiers, {
        input: {
          sku: other.productSkus[0],
          currency: 'USD',
          mode: 'SLAB',
          tiers: [{ lowerBound: 10, upperBound: null, adjustment: 'PERCENT_OFF', value: '5' }],
        },
      }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
    expect(r.data?.saveVolumeTiers.__typename).toBe('ValidationFailed');
  },
  'Mutation.savePromotion': async (c) => {
    const r = await call('Mutation.savePromotion', c, () =>
      c.client.request(Operations.savePromotion, {
        input: {
          name: `Promotion by ${c.role}`,
          discountKind: 'PERCENT',
          percent: '5',
          stacking: 'STACKABLE',
          productSkus: [other.productSkus[0]],
          categoryIds: [toGlobalId('Category', other.categoryIds[0])],
        },
      }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
    expect(r.data?.savePromotion.__typename).toBe('ValidationFailed');
  },
  'Mutation.signIn': async (c) => {
    if (!c.signedIn) return;
    // The same credentials on another site are wrong credentials, not a way in.
    const email = Object.values(site.users).find((u) => u.roles.includes(c.role as Role))!.email;
    const fresh = new TestClient(server.url);
    const r = await call('Mutation.signIn', c, () =>
      fresh.request(Operations.signIn, { input: { siteCode: other.code, email, password: TEST_PASSWORD } }),
    );
    expect(r.data?.signIn.__typename).toBe('InvalidCredentials');
  },
  'Mutation.switchAccount': async (c) => {
    const siblingR = await call('Mutation.switchAccount', c, () =>
      c.client.request(Operations.switchAccount, { accountId: toGlobalId('Account', sibling().id) }),
    );
    if (!c.signedIn) return expectUnauthenticated(siblingR);
    const sellerSide = !CUSTOMER_ROLES.has(c.role);
    expect(siblingR.data?.switchAccount.__typename).toBe(
      sellerSide && c.seesSibling ? 'SwitchAccountSuccess' : 'AccountNotAccessible',
    );
    const foreignR = await call('Mutation.switchAccount', c, () =>
      c.client.request(Operations.switchAccount, { accountId: toGlobalId('Account', foreign().id) }),
    );
    expect(foreignR.data?.switchAccount.__typename).toBe('AccountNotAccessible');
    const back = await call('Mutation.switchAccount', c, () =>
      c.client.request(Operations.switchAccount, { accountId: toGlobalId('Account', own().id) }),
    );
    expect(back.data?.switchAccount.__typename).toBe(
      sellerSide ? 'SwitchAccountSuccess' : 'AccountNotAccessible',
    );
    // Whatever happened, the viewer still acts for its own account.
    const viewer = await call('Mutation.switchAccount', c, () => c.client.request(Operations.viewer));
    expect(viewer.data?.viewer?.effectiveAccount?.name).toBe(own().name);
  },
  'Query.ordersToFulfil': async (c) => {
    const r = await call('Query.ordersToFulfil', c, () => c.client.request(Operations.ordersToFulfil, {}));
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
    // Every account of the site waiting to ship (the factory's PLACED orders), never another site's.
    const waiting = (
      await sqlRun<{ number: string }>(
        `SELECT number FROM customer_order WHERE site_id = ? AND status IN ('PLACED', 'APPROVED', 'PARTLY_SHIPPED')`,
        [site.id],
      )
    ).map((o) => o.number);
    expect(r.data?.ordersToFulfil.edges.map((e) => e.node.number).sort()).toEqual(waiting.sort());
    const searched = await call('Query.ordersToFulfil', c, () =>
      c.client.request(Operations.ordersToFulfil, { search: OTHER_SITE }),
    );
    expect(searched.data?.ordersToFulfil.totalCount).toBe(0);
  },
  'Mutation.cancelOrder': async (c) => {
    for (const orderId of foreignOrders()) {
      const r = await call('Mutation.cancelOrder', c, () =>
        c.client.request(Operations.cancelOrder, { orderId }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      expect(r.data?.cancelOrder.__typename).toBe('ValidationFailed');
      expect(await orderStatus(orderId)).not.toBe('CANCELLED');
    }
    await withScratchOrder('own', 'PLACED', async (orderId) => {
      const r = await call('Mutation.cancelOrder', c, () =>
        c.client.request(Operations.cancelOrder, { orderId }),
      );
      // The buyer who placed it, a buyer admin and the seller may; another customer user of the account may not.
      if (c.role === Role.PARTNER_USER || c.role === Role.PARTNER_MANAGER) return expectForbidden(r);
      expect(r.data?.cancelOrder.__typename).toBe('OrderChanged');
      expect(await orderStatus(orderId)).toBe('CANCELLED');
    });
  },
  'Mutation.approveOrder': async (c) => {
    await withScratchOrder('sibling', 'AWAITING_APPROVAL', async (siblingOrder) => {
      for (const id of [...foreignOrders(), siblingOrder]) {
        const r = await call('Mutation.approveOrder', c, () =>
          c.client.request(Operations.approveOrder, { orderId: id }),
        );
        if (!c.signedIn) return expectUnauthenticated(r);
        if (c.role !== Role.BUYER_ADMIN) return expectForbidden(r);
        expect(r.data?.approveOrder.__typename).toBe('ValidationFailed');
      }
      expect(await orderStatus(siblingOrder)).toBe('AWAITING_APPROVAL');
    });
    await withScratchOrder('own', 'AWAITING_APPROVAL', async (orderId) => {
      const r = await call('Mutation.approveOrder', c, () =>
        c.client.request(Operations.approveOrder, { orderId }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      if (c.role !== Role.BUYER_ADMIN) return expectForbidden(r);
      expect(r.data?.approveOrder.__typename).toBe('OrderChanged');
      expect(await orderStatus(orderId)).toBe('APPROVED');
    });
  },
  'Mutation.rejectOrder': async (c) => {
    await withScratchOrder('sibling', 'AWAITING_APPROVAL', async (siblingOrder) => {
      for (const id of [...foreignOrders(), siblingOrder]) {
        const r = await call('Mutation.rejectOrder', c, () =>
          c.client.request(Operations.rejectOrder, { orderId: id }),
        );
        if (!c.signedIn) return expectUnauthenticated(r);
        if (c.role !== Role.BUYER_ADMIN) return expectForbidden(r);
        expect(r.data?.rejectOrder.__typename).toBe('ValidationFailed');
      }
      expect(await orderStatus(siblingOrder)).toBe('AWAITING_APPROVAL');
    });
    await withScratchOrder('own', 'AWAITING_APPROVAL', async (orderId) => {
      const r = await call('Mutation.rejectOrder', c, () =>
        c.client.request(Operations.rejectOrder, { orderId }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      if (c.role !== Role.BUYER_ADMIN) return expectForbidden(r);
      expect(r.data?.rejectOrder.__typename).toBe('OrderChanged');
      expect(await orderStatus(orderId)).toBe('CANCELLED');
    });
  },
  'Mutation.createShipment': async (c) => {
    await withScratchOrder('foreign', 'PLACED', async (orderId) => {
      const r = await call('Mutation.createShipment', c, () =>
        c.client.request(Operations.createShipment, { orderId }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
      expect(r.data?.createShipment.__typename).toBe('ValidationFailed');
      expect(await orderStatus(orderId)).toBe('PLACED');
    });
    if (c.role !== Role.SITE_ADMIN) return;
    // Fulfilment is site-wide: the site admin ships any account's order of the site.
    for (const account of ['own', 'sibling'] as const) {
      await withScratchOrder(account, 'PLACED', async (orderId) => {
        const r = await call('Mutation.createShipment', c, () =>
          c.client.request(Operations.createShipment, { orderId }),
        );
        expect(r.data?.createShipment.__typename).toBe('ShipmentCreated');
        expect(await orderStatus(orderId)).toBe('SHIPPED');
      });
    }
  },
  'Mutation.markDelivered': async (c) => {
    await withScratchOrder('foreign', 'SHIPPED', async (orderId) => {
      const r = await call('Mutation.markDelivered', c, () =>
        c.client.request(Operations.markDelivered, { orderId }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      if (c.role !== Role.SITE_ADMIN) return expectForbidden(r);
      expect(r.data?.markDelivered.__typename).toBe('ValidationFailed');
      expect(await orderStatus(orderId)).toBe('SHIPPED');
    });
    if (c.role !== Role.SITE_ADMIN) return;
    await withScratchOrder('own', 'SHIPPED', async (orderId) => {
      const r = await call('Mutation.markDelivered', c, () =>
        c.client.request(Operations.markDelivered, { orderId }),
      );
      expect(r.data?.markDelivered.__typename).toBe('OrderChanged');
    });
  },
  'Mutation.reorder': async (c) => {
    for (const orderId of foreignOrders()) {
      const r = await call('Mutation.reorder', c, () => c.client.request(Operations.reorder, { orderId }));
      if (!c.signedIn) return expectUnauthenticated(r);
      expect(r.data?.reorder.__typename).toBe('ValidationFailed');
    }
    await withScratchCart(c, async (cartId) => {
      const r = await call('Mutation.reorder', c, () =>
        c.client.request(Operations.reorder, { orderId: toGlobalId('Order', own().orderIds[0]), cartId }),
      );
      expect(r.data?.reorder.__typename).toBe('LinesAdded');
    });
  },
  'Query.notifications': async (c) => {
    await extras();
    const r = await call('Query.notifications', c, () => c.client.request(Operations.notifications));
    if (!c.signedIn) return expectUnauthenticated(r);
    const [{ count }] = await sqlRun<{ count: string }>(
      'SELECT count(*) FROM notification WHERE user_id = ?',
      [site.users[c.role as Role].id],
    );
    expect(r.data?.notifications.totalCount).toBe(Number(count));
  },
  'Query.unreadNotificationCount': async (c) => {
    const r = await call('Query.unreadNotificationCount', c, () =>
      c.client.request(Operations.unreadNotificationCount),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    const [{ count }] = await sqlRun<{ count: string }>(
      'SELECT count(*) FROM notification WHERE user_id = ? AND read_at IS NULL',
      [site.users[c.role as Role].id],
    );
    expect(r.data?.unreadNotificationCount).toBe(Number(count));
  },
  'Mutation.markNotificationsRead': async (c) => {
    const { foreignNotifications } = await extras();
    const r = await call('Mutation.markNotificationsRead', c, () =>
      c.client.request(Operations.markNotificationsRead, { ids: foreignNotifications }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.data?.markNotificationsRead.markedCount).toBe(0);
    const [{ count }] = await sqlRun<{ count: string }>(
      'SELECT count(*) FROM notification WHERE id = ANY(?::uuid[]) AND read_at IS NULL',
      [
        `{${foreignNotifications.map((n) => Buffer.from(n, 'base64url').toString('utf8').split(':')[1]).join(',')}}`,
      ],
    );
    expect(Number(count)).toBe(2);
  },
  'Query.accountUsers': async (c) => {
    await extras();
    const r = await call('Query.accountUsers', c, () => c.client.request(Operations.accountUsers));
    if (!c.signedIn) return expectUnauthenticated(r);
    if (CUSTOMER_ROLES.has(c.role) && c.role !== Role.BUYER_ADMIN) return expectForbidden(r);
    // The effective account's users only (the site admin acting for it: not the sibling's either).
    const ownUsers = Object.values(site.users).filter((u) =>
      u.roles.some((role) => CUSTOMER_ROLES.has(role)),
    );
    expect(r.data?.accountUsers.map((u) => u.email).sort()).toEqual(ownUsers.map((u) => u.email).sort());
  },
  'Mutation.setOrderLimit': async (c) => {
    const { siblingUserId } = await extras();
    for (const userId of [siblingUserId, other.users.BUYER.id]) {
      const r = await call('Mutation.setOrderLimit', c, () =>
        c.client.request(Operations.setOrderLimit, { userId: toGlobalId('User', userId), limit: '1.00' }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      if (c.role !== Role.BUYER_ADMIN) return expectForbidden(r);
      expect(r.data?.setOrderLimit.__typename).toBe('ValidationFailed');
      const [row] = await sqlRun<{ order_limit: string | null }>(
        'SELECT order_limit FROM app_user WHERE id = ?',
        [userId],
      );
      expect(row?.order_limit).toBeNull();
    }
    for (const limit of ['750.00', null]) {
      const r = await call('Mutation.setOrderLimit', c, () =>
        c.client.request(Operations.setOrderLimit, {
          userId: toGlobalId('User', site.users.BUYER.id),
          limit,
        }),
      );
      expect(r.data?.setOrderLimit.__typename).toBe('OrderLimitSet');
    }
  },
  'Query.wishlists': async (c) => {
    await extras();
    const r = await call('Query.wishlists', c, () => c.client.request(Operations.wishlists));
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.data?.wishlists.map((w) => w.name)).toEqual(['Own list']);
  },
  'Mutation.createWishlist': async (c) => {
    const r = await call('Mutation.createWishlist', c, () =>
      c.client.request(Operations.createWishlist, { name: `Scratch ${c.role}` }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.data?.createWishlist.__typename).toBe('WishlistSaved');
    const [row] = await sqlRun<{ account_id: string }>(
      'DELETE FROM wishlist WHERE name = ? RETURNING account_id',
      [`Scratch ${c.role}`],
    );
    expect(row?.account_id).toBe(own().id);
  },
  'Mutation.renameWishlist': async (c) => {
    const { ownList, siblingList, foreignList } = await extras();
    for (const wishlistId of [siblingList, foreignList]) {
      const r = await call('Mutation.renameWishlist', c, () =>
        c.client.request(Operations.renameWishlist, { wishlistId, name: 'Taken' }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      expect(r.data?.renameWishlist.__typename).toBe('ValidationFailed');
    }
    const [{ count }] = await sqlRun<{ count: string }>(`SELECT count(*) FROM wishlist WHERE name = 'Taken'`);
    expect(Number(count)).toBe(0);
    const r = await call('Mutation.renameWishlist', c, () =>
      c.client.request(Operations.renameWishlist, { wishlistId: ownList, name: 'Own list' }),
    );
    expect(r.data?.renameWishlist.__typename).toBe('WishlistSaved');
  },
  'Mutation.deleteWishlist': async (c) => {
    const { siblingList, foreignList } = await extras();
    for (const wishlistId of [siblingList, foreignList]) {
      const r = await call('Mutation.deleteWishlist', c, () =>
        c.client.request(Operations.deleteWishlist, { wishlistId }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      expect(r.data?.deleteWishlist).toBe(false);
    }
    const id = randomUUID();
    await sqlRun(
      `INSERT INTO wishlist (id, account_id, name, created_at, updated_at) VALUES (?, ?, 'To delete', now(), now())`,
      [id, own().id],
    );
    const r = await call('Mutation.deleteWishlist', c, () =>
      c.client.request(Operations.deleteWishlist, { wishlistId: toGlobalId('Wishlist', id) }),
    );
    expect(r.data?.deleteWishlist).toBe(true);
  },
  'Mutation.addToWishlist': async (c) => {
    const { ownList, siblingList, foreignList } = await extras();
    for (const wishlistId of [siblingList, foreignList]) {
      const r = await call('Mutation.addToWishlist', c, () =>
        c.client.request(Operations.addToWishlist, { wishlistId, sku: site.productSkus[2] }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      expect(r.data?.addToWishlist.__typename).toBe('ValidationFailed');
    }
    // Another site's SKU is unknown here.
    const theirs = await call('Mutation.addToWishlist', c, () =>
      c.client.request(Operations.addToWishlist, { wishlistId: ownList, sku: other.productSkus[0] }),
    );
    expect(theirs.data?.addToWishlist.__typename).toBe('ValidationFailed');
    const mine = await call('Mutation.addToWishlist', c, () =>
      c.client.request(Operations.addToWishlist, { wishlistId: ownList, sku: site.productSkus[0] }),
    );
    expect(mine.data?.addToWishlist.__typename).toBe('WishlistSaved');
  },
  'Mutation.setWishlistItemQuantity': async (c) => {
    const { ownList, siblingList, foreignList } = await extras();
    const itemOf = async (wishlistId: string) => {
      const [row] = await sqlRun<{ id: string; quantity: number }>(
        'SELECT id, quantity FROM wishlist_item WHERE wishlist_id = ? ORDER BY added_at, id LIMIT 1',
        [fromGlobalId('Wishlist', wishlistId)],
      );
      return { id: toGlobalId('WishlistItem', row!.id), quantity: row!.quantity };
    };
    // Another account's list and item, and another account's item through the own list: not found.
    for (const wishlistId of [siblingList, foreignList]) {
      const theirs = await itemOf(wishlistId);
      for (const [listId, itemId] of [
        [wishlistId, theirs.id],
        [ownList, theirs.id],
      ]) {
        const r = await call('Mutation.setWishlistItemQuantity', c, () =>
          c.client.request(Operations.setWishlistItemQuantity, { wishlistId: listId, itemId, quantity: 7 }),
        );
        if (!c.signedIn) return expectUnauthenticated(r);
        expect(r.data?.setWishlistItemQuantity.__typename).toBe('ValidationFailed');
      }
      expect((await itemOf(wishlistId)).quantity).toBe(theirs.quantity);
    }
    const mine = await itemOf(ownList);
    const r = await call('Mutation.setWishlistItemQuantity', c, () =>
      c.client.request(Operations.setWishlistItemQuantity, {
        wishlistId: ownList,
        itemId: mine.id,
        quantity: mine.quantity + 1,
      }),
    );
    expect(r.data?.setWishlistItemQuantity.__typename).toBe('WishlistSaved');
    expect((await itemOf(ownList)).quantity).toBe(mine.quantity + 1);
  },
  'Mutation.removeFromWishlist': async (c) => {
    const { ownList, siblingList, foreignList } = await extras();
    for (const wishlistId of [siblingList, foreignList]) {
      const r = await call('Mutation.removeFromWishlist', c, () =>
        c.client.request(Operations.removeFromWishlist, { wishlistId }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      expect(r.data?.removeFromWishlist.__typename).toBe('ValidationFailed');
    }
    const r = await call('Mutation.removeFromWishlist', c, () =>
      c.client.request(Operations.removeFromWishlist, { wishlistId: ownList }),
    );
    expect(r.data?.removeFromWishlist.__typename).toBe('WishlistSaved');
  },
  'Mutation.addWishlistToCart': async (c) => {
    const { ownList, siblingList, foreignList } = await extras();
    for (const wishlistId of [siblingList, foreignList]) {
      const r = await call('Mutation.addWishlistToCart', c, () =>
        c.client.request(Operations.addWishlistToCart, { wishlistId }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      expect(r.data?.addWishlistToCart.__typename).toBe('ValidationFailed');
    }
    await withScratchCart(c, async (cartId) => {
      const r = await call('Mutation.addWishlistToCart', c, () =>
        c.client.request(Operations.addWishlistToCart, { wishlistId: ownList, cartId }),
      );
      expect(r.data?.addWishlistToCart.__typename).toBe('LinesAdded');
    });
  },
  'Query.cart': async (c) => {
    const ok = await refusedOnForeignCarts(
      'Query.cart',
      c,
      (f) => c.client.request(Operations.cart, { id: f.cart }) as never,
      (d) => d.cart,
      null,
    );
    if (!ok) return;
    await withScratchCart(c, async (cartId) => {
      const r = await call('Query.cart', c, () => c.client.request(Operations.cart, { id: cartId }));
      expect(r.data?.cart?.id).toBe(cartId);
    });
  },
  'Query.carts': async (c) => {
    await foreignCarts();
    const r = await call('Query.carts', c, () => c.client.request(Operations.carts));
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.data?.carts.every((cart) => !cart.owner.name.includes(SIBLING))).toBe(true);
  },
  'Mutation.addToCart': async (c) => {
    const ok = await refusedOnForeignCarts(
      'Mutation.addToCart',
      c,
      (f) =>
        c.client.request(Operations.addToCart, {
          cartId: f.cart,
          lines: [{ sku: site.productSkus[0], quantity: 1 }],
        }) as never,
      (d) => d.addToCart,
      { __typename: 'ValidationFailed' },
    );
    if (!ok) return;
    await withScratchCart(c, async (cartId) => {
      const r = await call('Mutation.addToCart', c, () =>
        c.client.request(Operations.addToCart, {
          cartId,
          lines: [{ sku: site.productSkus[0], quantity: 1 }],
        }),
      );
      expect(r.data?.addToCart).toEqual({ __typename: 'LinesAdded', addedCount: 1 });
    });
  },
  'Mutation.quickOrder': async (c) => {
    const ok = await refusedOnForeignCarts(
      'Mutation.quickOrder',
      c,
      (f) =>
        c.client.request(Operations.quickOrder, {
          cartId: f.cart,
          text: `${site.productSkus[0]},1`,
        }) as never,
      (d) => d.quickOrder,
      { __typename: 'ValidationFailed' },
    );
    if (!ok) return;
    await withScratchCart(c, async (cartId) => {
      const r = await call('Mutation.quickOrder', c, () =>
        c.client.request(Operations.quickOrder, { cartId, text: `${site.productSkus[1]}, 2` }),
      );
      expect(r.data?.quickOrder).toEqual({ __typename: 'LinesAdded', addedCount: 1 });
    });
  },
  'Mutation.updateCartLine': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.updateCartLine',
      c,
      (f) =>
        c.client.request(Operations.updateCartLine, {
          input: { cartId: f.cart, lineId: f.line, quantity: 9 },
        }) as never,
      (d) => d.updateCartLine,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
  },
  'Mutation.removeCartLines': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.removeCartLines',
      c,
      (f) => c.client.request(Operations.removeCartLines, { cartId: f.cart, lineIds: [f.line] }) as never,
      (d) => d.removeCartLines,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
  },
  'Mutation.splitCartLine': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.splitCartLine',
      c,
      (f) =>
        c.client.request(Operations.splitCartLine, {
          input: { cartId: f.cart, lineId: f.line, parts: [{ deliveryGroupId: f.group, quantity: 2 }] },
        }) as never,
      (d) => d.splitCartLine,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
  },
  'Mutation.saveDeliveryGroup': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.saveDeliveryGroup',
      c,
      (f) =>
        c.client.request(Operations.saveDeliveryGroup, {
          input: {
            cartId: f.cart,
            deliveryGroupId: f.group,
            addressId: null,
            desiredDate: null,
            shippingMethod: 'EXPRESS',
          },
        }) as never,
      (d) => d.saveDeliveryGroup,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
  },
  'Mutation.removeDeliveryGroup': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.removeDeliveryGroup',
      c,
      (f) =>
        c.client.request(Operations.removeDeliveryGroup, {
          cartId: f.cart,
          deliveryGroupId: f.group,
        }) as never,
      (d) => d.removeDeliveryGroup,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
  },
  'Mutation.setCouponCodes': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.setCouponCodes',
      c,
      (f) => c.client.request(Operations.setCouponCodes, { cartId: f.cart, codes: ['TEATIME'] }) as never,
      (d) => d.setCouponCodes,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
  },
  'Mutation.applyCartOffer': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.applyCartOffer',
      c,
      (f) =>
        c.client.request(Operations.applyCartOffer, {
          input: { cartId: f.cart, kind: 'TERMS', termsDays: 45, reason: 'Matrix check' },
        }) as never,
      (d) => d.applyCartOffer,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
  },
  'Mutation.removeCartOffer': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.removeCartOffer',
      c,
      (f) =>
        c.client.request(Operations.removeCartOffer, {
          cartId: f.cart,
          offerId: toGlobalId('CartOffer', randomUUID()),
        }) as never,
      (d) => d.removeCartOffer,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
  },
  'Mutation.saveCartAs': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.saveCartAs',
      c,
      (f) => c.client.request(Operations.saveCartAs, { cartId: f.cart, name: 'Mine now' }) as never,
      (d) => d.saveCartAs,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
  },
  'Mutation.activateCart': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.activateCart',
      c,
      (f) => c.client.request(Operations.activateCart, { cartId: f.cart }) as never,
      (d) => d.activateCart,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
  },
  'Mutation.deleteCart': async (c) => {
    await refusedOnForeignCarts(
      'Mutation.deleteCart',
      c,
      (f) => c.client.request(Operations.deleteCart, { cartId: f.cart }) as never,
      (d) => d.deleteCart,
      false,
    );
  },
  'Mutation.placeOrder': async (c) => {
    const ok = await refusedOnForeignCarts(
      'Mutation.placeOrder',
      c,
      (f) =>
        c.client.request(Operations.placeOrder, {
          input: {
            cartId: f.cart,
            idempotencyKey: randomUUID(),
            expectedTotal: '36.00',
            paymentMethod: 'PURCHASE_ORDER',
          },
        }) as never,
      (d) => d.placeOrder,
      { __typename: 'ValidationFailed', code: 'INVALID_INPUT' },
    );
    if (!ok) return;
    const [{ n }] = await sqlRun<{ n: number }>(
      'SELECT count(*)::int AS n FROM customer_order WHERE account_id IN (?, ?) AND idempotency_key IS NOT NULL',
      [sibling().id, foreign().id],
    );
    expect(n).toBe(0);
  },
  'Query.serviceCases': async (c) => {
    const cases = await matrixCases();
    const r = await call('Query.serviceCases', c, () => c.client.request(Operations.serviceCases, {}));
    if (!c.signedIn) return expectUnauthenticated(r);
    const ids = r.data!.serviceCases.edges.map((e) => e.node.id);
    expect(ids).toContain(cases.own);
    expect(ids.includes(cases.sibling)).toBe(c.seesSibling);
    expect(ids).not.toContain(cases.foreign);
    const searched = await call('Query.serviceCases', c, () =>
      c.client.request(Operations.serviceCases, { filter: { search: OTHER_SITE } }),
    );
    expect(searched.data?.serviceCases.totalCount).toBe(0);
    const byForeignOrder = await call('Query.serviceCases', c, () =>
      c.client.request(Operations.serviceCases, { filter: { orderId: foreignOrders()[1] } }),
    );
    expect(byForeignOrder.data?.serviceCases.totalCount).toBe(0);
  },
  'Query.serviceCase': async (c) => {
    const cases = await matrixCases();
    const ownR = await call('Query.serviceCase', c, () =>
      c.client.request(Operations.serviceCase, { id: cases.own }),
    );
    if (!c.signedIn) return expectUnauthenticated(ownR);
    expect(ownR.data?.serviceCase?.subject).toBe('Own case');
    const siblingR = await call('Query.serviceCase', c, () =>
      c.client.request(Operations.serviceCase, { id: cases.sibling }),
    );
    expect(siblingR.data?.serviceCase?.subject ?? null).toBe(c.seesSibling ? `${SIBLING} case` : null);
    const foreignR = await call('Query.serviceCase', c, () =>
      c.client.request(Operations.serviceCase, { id: cases.foreign }),
    );
    expect(foreignR.data?.serviceCase).toBeNull();
  },
  'Mutation.openCase': async (c) => {
    const input = (orderId: string) => ({
      type: 'OTHER' as const,
      subject: `Matrix ${c.role}`,
      description: 'Opened by the matrix',
      orderId,
    });
    const ownR = await call('Mutation.openCase', c, () =>
      c.client.request(Operations.openCase, { input: input(toGlobalId('Order', own().orderIds[0])) }),
    );
    if (!c.signedIn) return expectUnauthenticated(ownR);
    if (!CUSTOMER_ROLES.has(c.role)) return expectForbidden(ownR);
    // The errors, if any, name why (a rare failure was seen once under load on the external database).
    expect(ownR.data?.openCase.__typename, JSON.stringify(ownR.errors)).toBe('CaseOpened');
    for (const orderId of foreignOrders()) {
      const r = await call('Mutation.openCase', c, () =>
        c.client.request(Operations.openCase, { input: input(orderId) }),
      );
      expect(r.data?.openCase).toEqual({ __typename: 'ValidationFailed', code: 'INVALID_INPUT' });
    }
    const [{ n }] = await sqlRun<{ n: number }>(
      'SELECT count(*)::int AS n FROM service_case WHERE account_id IN (?, ?)',
      [sibling().id, foreign().id],
    );
    expect(n).toBe(2); // the matrix's own sibling and foreign cases only
  },
  'Mutation.addCaseComment': async (c) => {
    const cases = await matrixCases();
    for (const id of [cases.sibling, cases.foreign]) {
      if (id === cases.sibling && c.seesSibling) continue;
      const before = await caseState(id);
      const r = await call('Mutation.addCaseComment', c, () =>
        c.client.request(Operations.addCaseComment, { caseId: id, body: 'Let me in' }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      expect(r.data?.addCaseComment.__typename).toBe('ValidationFailed');
      expect(await caseState(id)).toBe(before);
    }
    const ownR = await call('Mutation.addCaseComment', c, () =>
      c.client.request(Operations.addCaseComment, { caseId: cases.own, body: `From ${c.role}` }),
    );
    expect(ownR.data?.addCaseComment.__typename).toBe('CaseUpdated');
  },
  'Mutation.changeCaseStatus': async (c) => {
    const cases = await matrixCases();
    for (const id of [cases.sibling, cases.foreign]) {
      if (id === cases.sibling && c.seesSibling) continue;
      const before = await caseState(id);
      const r = await call('Mutation.changeCaseStatus', c, () =>
        c.client.request(Operations.changeCaseStatus, { caseId: id, status: 'CLOSED' }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      expect(r.data?.changeCaseStatus.__typename).toBe('ValidationFailed');
      expect(await caseState(id)).toBe(before);
    }
    // A scratch case of the own account: the customer side closes it, the seller side resolves it.
    const scratch = await insertCase(site, own().id, site.users.BUYER.id, 'Scratch', `CS-S-${randomUUID()}`);
    const to = CUSTOMER_ROLES.has(c.role) ? 'CLOSED' : 'RESOLVED';
    const r = await call('Mutation.changeCaseStatus', c, () =>
      c.client.request(Operations.changeCaseStatus, { caseId: scratch, status: to }),
    );
    expect(r.data?.changeCaseStatus).toEqual({
      __typename: 'CaseUpdated',
      serviceCase: { subject: 'Scratch case', status: to },
    });
  },
  'Query.payments': async (c) => {
    const { own: mine } = await paymentFixtures();
    const r = await call('Query.payments', c, () => c.client.request(Operations.payments));
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.data?.payments.edges.map((e) => e.node.id)).toContain(mine.payment);
  },
  'Query.payment': async (c) => {
    const fixtures = await paymentFixtures();
    const r = await call('Query.payment', c, () =>
      c.client.request(Operations.payment, { id: fixtures.own.payment }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.data?.payment?.number).toMatch(/^OWN-PAY-/);
    for (const id of [fixtures.sibling.payment, fixtures.foreign.payment]) {
      const foreignRead = await call('Query.payment', c, () => c.client.request(Operations.payment, { id }));
      expect(foreignRead.data?.payment).toBeNull();
    }
  },
  'Query.invoicesToPay': async (c) => {
    const fixtures = await paymentFixtures();
    const r = await call('Query.invoicesToPay', c, () =>
      c.client.request(Operations.invoicesToPay, {
        ids: [fixtures.own.invoice, fixtures.sibling.invoice, fixtures.foreign.invoice],
      }),
    );
    if (!c.signedIn) return expectUnauthenticated(r);
    expect(r.data?.invoicesToPay.map((i) => i.id)).toEqual([fixtures.own.invoice]);
  },
  'Mutation.payInvoices': async (c) => {
    const fixtures = await paymentFixtures();
    const customer = CUSTOMER_ROLES.has(c.role);
    const pay = (invoiceId: string) =>
      call('Mutation.payInvoices', c, () =>
        c.client.request(Operations.payInvoices, {
          input: {
            idempotencyKey: randomUUID(),
            amount: '1.00',
            allocations: [{ invoiceId, amount: '1.00' }],
            method: customer ? 'CARD' : 'BANK_TRANSFER',
            card: customer
              ? { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123', holderName: 'Matrix' }
              : null,
            bankReference: customer ? null : 'MATRIX-WIRE',
          },
        }),
      );
    const balances = () =>
      sqlRun<{ balance: string }>('SELECT balance::text FROM invoice WHERE id IN (?, ?) ORDER BY id', [
        fixtures.sibling.invoiceId,
        fixtures.foreign.invoiceId,
      ]);
    const before = await balances();
    for (const invoiceId of [fixtures.sibling.invoice, fixtures.foreign.invoice]) {
      const r = await pay(invoiceId);
      if (!c.signedIn) expectUnauthenticated(r);
      else if (c.role === Role.FIELD_REP || c.role === Role.REBATE_MANAGER) expectForbidden(r);
      else
        expect(r.data?.payInvoices).toMatchObject({ __typename: 'ValidationFailed', code: 'INVALID_INPUT' });
    }
    expect(await balances()).toEqual(before);
    // Own account: customers pay by card, sales reps, account managers and site admins record transfers.
    const r = await pay(fixtures.own.invoice);
    if (!c.signedIn) return expectUnauthenticated(r);
    if (c.role === Role.FIELD_REP || c.role === Role.REBATE_MANAGER) return expectForbidden(r);
    expect(r.data?.payInvoices).toMatchObject({ __typename: 'Payment' });
  },
  'Query.invoices': async (c) => {
    const { own: ownInvoice } = await matrixInvoices();
    const r = await call('Query.invoices', c, () => c.client.request(Operations.invoices, {}));
    if (!c.signedIn) return expectUnauthenticated(r);
    // The effective account's invoices only (a site admin acting for `own` does not get the sibling's).
    const [{ n }] = await sqlRun<{ n: number }>(
      'SELECT count(*)::int AS n FROM invoice WHERE account_id = ?',
      [own().id],
    );
    expect(r.data?.invoices.totalCount).toBe(n);
    expect(r.data?.invoices.edges.map((e) => e.node.id)).toContain(ownInvoice);
    const searched = await call('Query.invoices', c, () =>
      c.client.request(Operations.invoices, { search: SIBLING }),
    );
    expect(searched.data?.invoices.totalCount).toBe(0);
  },
  'Query.invoice': async (c) => {
    const invoices = await matrixInvoices();
    const ownR = await call('Query.invoice', c, () =>
      c.client.request(Operations.invoice, { id: invoices.own }),
    );
    if (!c.signedIn) return expectUnauthenticated(ownR);
    expect(ownR.data?.invoice?.id).toBe(invoices.own);
    for (const id of [invoices.sibling, invoices.foreign, toGlobalId('Order', own().orderIds[0])]) {
      const r = await call('Query.invoice', c, () => c.client.request(Operations.invoice, { id }));
      expect(r.data?.invoice).toBeNull();
    }
  },
  'Query.invoiceAging': async (c) => {
    await matrixInvoices();
    const r = await call('Query.invoiceAging', c, () => c.client.request(Operations.invoiceAging));
    if (!c.signedIn) return expectUnauthenticated(r);
    const [{ n }] = await sqlRun<{ n: number }>(
      `SELECT count(*)::int AS n FROM invoice WHERE account_id = ? AND state IN ('OPEN', 'PARTLY_PAID')`,
      [own().id],
    );
    expect(r.data?.invoiceAging.openCount).toBe(n);
  },
  'Mutation.issueCreditMemo': async (c) => {
    const invoices = await matrixInvoices();
    for (const invoiceId of [invoices.sibling, invoices.foreign]) {
      const r = await call('Mutation.issueCreditMemo', c, () =>
        c.client.request(Operations.issueCreditMemo, { invoiceId }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      if (!BILLERS.has(c.role)) return expectForbidden(r);
      expect(r.data?.issueCreditMemo.__typename).toBe('ValidationFailed');
      expect(await invoiceRow(invoiceId)).toEqual({ state: 'OPEN', balance: '100.0000' });
    }
    const before = (await invoiceRow(invoices.own))!.balance;
    const ownR = await call('Mutation.issueCreditMemo', c, () =>
      c.client.request(Operations.issueCreditMemo, { invoiceId: invoices.own }),
    );
    expect(ownR.data?.issueCreditMemo.__typename).toBe('CreditMemoIssued');
    expect((await invoiceRow(invoices.own))!.balance).toBe(new Decimal(before).minus('0.01').toFixed(4));
  },
  'Mutation.voidInvoice': async (c) => {
    const invoices = await matrixInvoices();
    for (const invoiceId of [invoices.sibling, invoices.foreign]) {
      const r = await call('Mutation.voidInvoice', c, () =>
        c.client.request(Operations.voidInvoice, { invoiceId }),
      );
      if (!c.signedIn) return expectUnauthenticated(r);
      if (!BILLERS.has(c.role)) return expectForbidden(r);
      expect(r.data?.voidInvoice.__typename).toBe('ValidationFailed');
      expect((await invoiceRow(invoiceId))!.state).toBe('OPEN');
    }
    const scratch = await insertInvoice('own', String(c.role));
    const ownR = await call('Mutation.voidInvoice', c, () =>
      c.client.request(Operations.voidInvoice, { invoiceId: scratch }),
    );
    expect(ownR.data?.voidInvoice.__typename).toBe('InvoiceVoided');
    expect((await invoiceRow(scratch))!.state).toBe('VOID');
  },
  'Mutation.signOut': async (c) => {
    const r = await call('Mutation.signOut', c, () => c.client.request(Operations.signOut));
    expect(r.data?.signOut).toBe(true);
    const after = await call('Mutation.signOut', c, () => c.client.request(Operations.orders));
    expectUnauthenticated(after);
  },
};

beforeAll(async () => {
  server = await startTestServer(
    {},
    { maxDepth: 20, maxAliases: 20, maxCost: 1_000_000, defaultListSize: 20 },
  );
  const users: Parameters<typeof createSite>[1]['users'] = {};
  for (const role of Object.values(Role)) {
    users[role] = CUSTOMER_ROLES.has(role)
      ? { roles: [role], account: 0 }
      : role === Role.SITE_ADMIN
        ? { roles: [role] }
        : { roles: [role], assigned: [0] };
  }
  site = await createSite(server.orm, {
    accounts: [
      { name: 'Own account', orders: 3 },
      { name: 'Sibling account', orders: 3, marker: SIBLING },
    ],
    users,
  });
  other = await createSite(server.orm, {
    marker: OTHER_SITE,
    accounts: [{ name: 'Foreign account', orders: 3 }],
    users: {
      BUYER: { roles: [Role.BUYER], account: 0 },
      SALES_REP: { roles: [Role.SALES_REP], assigned: [0] },
    },
  });
  otherPromotionId = randomUUID();
  await server.orm.em.getConnection().execute(
    `INSERT INTO promotion (id, site_id, name, discount_kind, percent, stacking, priority, active, created_at, updated_at)
     VALUES (?, ?, ?, 'PERCENT', 10, 'STACKABLE', 1, true, now(), now())`,
    [otherPromotionId, other.id, `${OTHER_SITE} promotion`],
  );
  await server.orm.em
    .getConnection()
    .execute('INSERT INTO promotion_target (id, promotion_id, product_id) VALUES (?, ?, ?)', [
      randomUUID(),
      otherPromotionId,
      other.productIds[0],
    ]);
  leaks = [];
});
afterAll(() => server.close());

describe('authorization matrix', () => {
  it('has a row for every root query and mutation', async () => {
    const schema = await buildPortwaySchema();
    const rootFields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ].sort();
    expect(Object.keys(matrix).sort()).toEqual(rootFields);
  });

  for (const role of ROLES) {
    it(`${role}: every root field, own and foreign records, 0 leaks`, async () => {
      const client = new TestClient(server.url);
      const c: Case = { role, client, signedIn: role !== 'ANONYMOUS', seesSibling: role === Role.SITE_ADMIN };
      if (c.signedIn) {
        const signIn = await client.data(Operations.signIn, {
          input: { siteCode: site.code, email: site.users[role].email, password: TEST_PASSWORD },
        });
        expect(signIn.signIn.__typename).toBe('SignInSuccess');
        if (!CUSTOMER_ROLES.has(role)) {
          const switched = await client.data(Operations.switchAccount, {
            accountId: toGlobalId('Account', own().id),
          });
          expect(switched.switchAccount.__typename).toBe('SwitchAccountSuccess');
        }
      }
      // signOut last: it ends the session the other rows use.
      const rows = Object.entries(matrix).sort(
        ([a], [b]) => Number(a === 'Mutation.signOut') - Number(b === 'Mutation.signOut'),
      );
      for (const [, row] of rows) await row(c);
      expect(leaks).toEqual([]);
    });
  }

  it('checked every root field for every role', () => {
    for (const field of Object.keys(matrix)) expect(checked.get(field) ?? 0).toBeGreaterThan(0);
    expect(leaks).toHaveLength(0);
  });
});
