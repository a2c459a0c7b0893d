import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../platform/ids.js';
import type { SiteNode } from './site.types.js';

interface SiteRow {
  id: string;
  code: string;
  name: string;
  tagline: string;
  primary_color: string;
  accent_color: string;
  logo_url: string;
  default_locale: string;
  default_currency: string;
}

const COLUMNS =
  'id, code, name, tagline, primary_color, accent_color, logo_url, default_locale, default_currency';

/** Sites and their public branding (shown before sign-in, so nothing private lives here). */
export class SitesService {
  constructor(private readonly em: EntityManager) {}

  async all(): Promise<SiteNode[]> {
    const rows = await this.em
      .getConnection()
      .execute<SiteRow[]>(`SELECT ${COLUMNS} FROM site ORDER BY name`);
    return rows.map(toSiteNode);
  }

  async byCode(code: string): Promise<SiteNode | null> {
    const [row] = await this.em
      .getConnection()
      .execute<SiteRow[]>(`SELECT ${COLUMNS} FROM site WHERE code = ?`, [code]);
    return row ? toSiteNode(row) : null;
  }

  async byId(id: string): Promise<SiteNode | null> {
    const [row] = await this.em
      .getConnection()
      .execute<SiteRow[]>(`SELECT ${COLUMNS} FROM site WHERE id = ?`, [id]);
    return row ? toSiteNode(row) : null;
  }
}

function toSiteNode(row: SiteRow): SiteNode {
  return {
    id: toGlobalId('Site', row.id),
    code: row.code,
    name: row.name,
    tagline: row.tagline,
    theme: { primaryColor: row.primary_color, accentColor: row.accent_color, logoUrl: row.logo_url },
    defaultLocale: row.default_locale,
    defaultCurrency: row.default_currency,
  };
}
