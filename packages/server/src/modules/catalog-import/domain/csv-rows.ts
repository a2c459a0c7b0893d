import { Decimal } from '../../../platform/money.js';

/**
 * Validation of catalog and price CSV rows. Pure: parsed rows and the site's reference data in, valid
 * rows and per-row problems out. An import applies only when every row is valid.
 */
export interface RowProblem {
  /** 1-based line in the file, the header being line 1. */
  line: number;
  column: string;
  message: string;
}

export const PRODUCT_COLUMNS = [
  'sku',
  'name',
  'description',
  'category',
  'unit_of_measure',
  'status',
  'min_quantity',
  'max_quantity',
  'increment',
  'attributes',
  'name_fr_ca',
  'description_fr_ca',
] as const;

export const PRICE_COLUMNS = ['price_book', 'currency', 'sku', 'unit_price'] as const;

export interface ProductRowInput {
  line: number;
  values: Record<string, string>;
}

export interface ValidProductRow {
  line: number;
  sku: string;
  name: string;
  description: string;
  categorySlug: string;
  unitOfMeasure: string;
  status: 'ACTIVE' | 'DISCONTINUED';
  minQuantity: number;
  maxQuantity: number | null;
  increment: number;
  attributes: Record<string, string>;
  nameFr: string | null;
  descriptionFr: string | null;
}

export interface ProductReference {
  categorySlugs: ReadonlySet<string>;
  /** facet code → allowed value codes */
  facets: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Checks the header: every required column present, no unknown or repeated ones. */
export function checkHeader(
  header: readonly string[],
  expected: readonly string[],
  required: readonly string[],
): RowProblem[] {
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column))
      problems.push({ line: 1, column, message: `The column “${column}” appears twice.` });
    seen.add(column);
    if (!expected.includes(column)) {
      problems.push({
        line: 1,
        column,
        message: `Unknown column “${column.slice(0, 40)}”. Expected: ${expected.join(', ')}.`,
      });
    }
  }
  for (const column of required) {
    if (!seen.has(column)) problems.push({ line: 1, column, message: `The column “${column}” is missing.` });
  }
  return problems;
}

const SKU = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;

export function validateProductRows(
  rows: readonly ProductRowInput[],
  reference: ProductReference,
): { valid: ValidProductRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const valid: ValidProductRow[] = [];
  const firstLineOfSku = new Map<string, number>();
  for (const { line, values } of rows) {
    const before = problems.length;
    const problem = (column: string, message: string) => problems.push({ line, column, message });
    const text = (column: string) => (values[column] ?? '').trim();
    const sku = text('sku');
    if (!SKU.test(sku))
      problem(
        'sku',
        sku
          ? `“${sku.slice(0, 40)}” is not a valid SKU (letters, digits, . _ - /; up to 64).`
          : 'The SKU is required.',
      );
    else if (firstLineOfSku.has(sku.toUpperCase()))
      problem('sku', `${sku} is already on line ${firstLineOfSku.get(sku.toUpperCase())}.`);
    else firstLineOfSku.set(sku.toUpperCase(), line);
    const name = text('name');
    if (!name) problem('name', 'The name is required.');
    else if (name.length > 200) problem('name', 'The name is limited to 200 characters.');
    const description = text('description');
    if (description.length > 5000) problem('description', 'The description is limited to 5,000 characters.');
    const category = text('category');
    if (!reference.categorySlugs.has(category)) {
      problem(
        'category',
        category
          ? `There is no category “${category.slice(0, 60)}” (use its slug).`
          : 'The category is required.',
      );
    }
    const unit = text('unit_of_measure') || 'each';
    if (unit.length > 30) problem('unit_of_measure', 'The unit of measure is limited to 30 characters.');
    const status = (text('status') || 'ACTIVE').toUpperCase();
    if (status !== 'ACTIVE' && status !== 'DISCONTINUED')
      problem('status', 'The status is ACTIVE or DISCONTINUED.');
    const whole = (column: string, fallback: number | null): number | null => {
      const raw = text(column);
      if (!raw) return fallback;
      if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
        problem(
          column,
          `${column.replace(/_/g, ' ')} must be a whole number of at least 1, not “${raw.slice(0, 20)}”.`,
        );
        return fallback;
      }
      return Number(raw);
    };
    const minQuantity = whole('min_quantity', 1) ?? 1;
    const maxQuantity = whole('max_quantity', null);
    const increment = whole('increment', 1) ?? 1;
    if (maxQuantity !== null && maxQuantity < minQuantity)
      problem('max_quantity', 'The maximum quantity must not be below the minimum.');
    const attributes: Record<string, string> = {};
    const rawAttributes = text('attributes');
    if (rawAttributes) {
      for (const pair of rawAttributes
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const [code, value, extra] = pair.split('=').map((p) => p.trim());
        const allowed = code ? reference.facets.get(code) : undefined;
        if (!code || !value || extra !== undefined)
          problem('attributes', `“${pair.slice(0, 40)}” should look like facet=value.`);
        else if (!allowed) problem('attributes', `There is no facet “${code.slice(0, 40)}”.`);
        else if (!allowed.has(value))
          problem('attributes', `“${value.slice(0, 40)}” is not a value of ${code}.`);
        else if (attributes[code] !== undefined) problem('attributes', `${code} is given twice.`);
        else attributes[code] = value;
      }
    }
    const nameFr = text('name_fr_ca') || null;
    const descriptionFr = text('description_fr_ca') || null;
    if (nameFr && nameFr.length > 200) problem('name_fr_ca', 'The French name is limited to 200 characters.');
    if (descriptionFr && !nameFr) problem('name_fr_ca', 'A French description needs a French name too.');
    if (problems.length === before) {
      valid.push({
        line,
        sku,
        name,
        description,
        categorySlug: category,
        unitOfMeasure: unit,
        status: status as 'ACTIVE' | 'DISCONTINUED',
        minQuantity,
        maxQuantity,
        increment,
        attributes,
        nameFr,
        descriptionFr,
      });
    }
  }
  return { valid, problems };
}

export interface ValidPriceRow {
  line: number;
  bookName: string;
  sku: string;
  unitPrice: Decimal;
}

export interface PriceReference {
  /** book name → its currency */
  books: ReadonlyMap<string, { currency: string; derived: boolean }>;
  skus: ReadonlySet<string>;
}

export function validatePriceRows(
  rows: readonly ProductRowInput[],
  reference: PriceReference,
): { valid: ValidPriceRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const valid: ValidPriceRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, values } of rows) {
    const before = problems.length;
    const problem = (column: string, message: string) => problems.push({ line, column, message });
    const text = (column: string) => (values[column] ?? '').trim();
    const bookName = text('price_book');
    const book = reference.books.get(bookName);
    if (!book)
      problem(
        'price_book',
        bookName ? `There is no price book “${bookName.slice(0, 60)}”.` : 'The price book is required.',
      );
    const currency = text('currency');
    if (book && currency && currency !== book.currency) {
      problem('currency', `“${bookName}” is in ${book.currency}, not ${currency.slice(0, 10)}.`);
    }
    const sku = text('sku');
    if (!reference.skus.has(sku))
      problem('sku', sku ? `No product with SKU ${sku.slice(0, 64)}.` : 'The SKU is required.');
    const key = `${bookName}\u0000${sku}`;
    if (firstLine.has(key))
      problem('sku', `${sku} in “${bookName}” is already on line ${firstLine.get(key)}.`);
    else firstLine.set(key, line);
    const raw = text('unit_price');
    let unitPrice: Decimal | null = null;
    if (!/^\d{1,15}(\.\d{1,4})?$/.test(raw)) {
      problem(
        'unit_price',
        raw
          ? `“${raw.slice(0, 20)}” is not an amount like 12.50 (at most 4 decimals, not negative).`
          : 'The unit price is required.',
      );
    } else {
      unitPrice = new Decimal(raw);
    }
    if (problems.length === before && unitPrice) valid.push({ line, bookName, sku, unitPrice });
  }
  return { valid, problems };
}
