import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import PDFDocument from 'pdfkit';
import { readCookie } from '../identity/identity.resolver.js';
import { chooseLocale } from '../identity/viewer.js';
import { SESSION_COOKIE, SessionsService } from '../identity/index.js';
import type { Config } from '../../platform/config.js';
import { localized } from './catalog-reference.js';
import { CatalogService } from './catalog.service.js';
import type { ProductNode } from './catalog.types.js';

const WORDS = {
  'en-US': {
    title: 'Product datasheet',
    sku: 'SKU',
    category: 'Category',
    unit: 'Unit of measure',
    rules: 'Ordering',
    min: (n: number) => `at least ${n}`,
    max: (n: number) => `at most ${n}`,
    step: (n: number) => `in steps of ${n}`,
    specs: 'Specifications',
    footer: (site: string, date: string) => `${site} · generated ${date} · for account use only`,
  },
  'fr-CA': {
    title: 'Fiche technique',
    sku: 'UGS',
    category: 'Catégorie',
    unit: 'Unité de mesure',
    rules: 'Commande',
    min: (n: number) => `au moins ${n}`,
    max: (n: number) => `au plus ${n}`,
    step: (n: number) => `par tranches de ${n}`,
    specs: 'Caractéristiques',
    footer: (site: string, date: string) => `${site} · produit le ${date} · réservé au compte`,
  },
};

/**
 * `/media/datasheets/:sku.pdf[?locale=fr-CA]`: a datasheet made from the product's own data, for a
 * signed-in viewer who may see the product (anyone else gets 404, as if it did not exist).
 */
export function datasheetRoutes(orm: MikroORM, config: Config): express.Router {
  const router = express.Router();
  router.get('/datasheets/:file', async (req, res, next) => {
    try {
      const match = /^(.{1,100})\.pdf$/.exec(req.params.file);
      const em = orm.em.fork();
      const viewer = await new SessionsService(em, config.sessionHours).resolveViewer(
        readCookie(req.headers.cookie, SESSION_COOKIE),
      );
      if (!viewer) {
        res.status(401).type('text').send('Sign in to download datasheets.');
        return;
      }
      const requested = typeof req.query.locale === 'string' ? req.query.locale : null;
      const locale = chooseLocale(
        [requested, viewer.locale],
        viewer.siteDefaultLocale,
        viewer.supportedLocales,
      );
      const reader = { ...viewer, locale };
      const catalog = new CatalogService(em);
      const product = match ? await catalog.productBySku(reader, match[1]!) : null;
      if (!product) {
        res.status(404).type('text').send('No such datasheet.');
        return;
      }
      const reference = await catalog.reference(reader);
      const category = reference.categoryById.get(product.categoryDbId);
      const attributes = reference.facets.flatMap((facet) => {
        const value = product.attributeValues[facet.code];
        const definition = facet.values.find((v) => v.code === value);
        return value === undefined
          ? []
          : [
              [
                localized(facet.label, facet.labelTranslations, locale),
                definition ? localized(definition.label, definition.labelTranslations, locale) : value,
              ] as const,
            ];
      });
      res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${product.sku}.pdf"`);
      render(
        product,
        category ? localized(category.name, category.nameTranslations, locale) : '',
        attributes,
        locale,
        viewer.siteCode,
      ).pipe(res);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function render(
  product: ProductNode,
  category: string,
  attributes: ReadonlyArray<readonly [string, string]>,
  locale: string,
  site: string,
): PDFKit.PDFDocument {
  const words = locale.startsWith('fr') ? WORDS['fr-CA'] : WORDS['en-US'];
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 56,
    info: { Title: `${product.name} — ${words.title}` },
  });
  doc.fontSize(10).fillColor('#666666').text(words.title.toUpperCase(), { characterSpacing: 1 });
  doc.moveDown(0.4).fontSize(22).fillColor('#111111').text(product.name);
  doc.moveDown(0.6).fontSize(11).fillColor('#333333').text(product.description, { lineGap: 2 });
  doc.moveDown(1);
  const rules = [
    words.min(product.rules.minQuantity),
    ...(product.rules.maxQuantity ? [words.max(product.rules.maxQuantity)] : []),
    ...(product.rules.increment > 1 ? [words.step(product.rules.increment)] : []),
  ].join(', ');
  const rows: Array<readonly [string, string]> = [
    [words.sku, product.sku],
    [words.category, category],
    [words.unit, product.unitOfMeasure],
    [words.rules, rules],
  ];
  table(doc, rows);
  if (attributes.length) {
    doc.moveDown(1).fontSize(13).fillColor('#111111').text(words.specs);
    doc.moveDown(0.4);
    table(doc, attributes);
  }
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  doc
    .fontSize(8)
    .fillColor('#888888')
    .text(words.footer(site, date), 56, doc.page.height - 72, { align: 'center' });
  doc.end();
  return doc;
}

function table(doc: PDFKit.PDFDocument, rows: ReadonlyArray<readonly [string, string]>) {
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.fontSize(10).fillColor('#666666').text(label, 56, y, { width: 150 });
    doc.fillColor('#111111').text(value, 216, y, { width: 340 });
    doc.moveDown(0.5);
  }
}
