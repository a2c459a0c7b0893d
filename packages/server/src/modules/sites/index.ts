export { SiteNode, SiteTheme } from './site.types.js';
export { SitesService } from './sites.service.js';
