export { catalogImportRoutes } from './catalog-import.routes.js';
export { CatalogImportService, readCsv, type ImportReport } from './catalog-import.service.js';
