import { useT } from '../../../app/i18n';
import { useShell } from '../../../app/site/ShellContext';
import { NotFoundPage } from './NotFoundPage';

/** Unknown URL inside a site: stays in the site's shell and links back to its home. */
export function ShellNotFoundPage() {
  const { siteCode } = useShell();
  const t = useT();
  return <NotFoundPage standalone={false} homeHref={`/${siteCode}`} homeLabel={t('Back to home')} />;
}
