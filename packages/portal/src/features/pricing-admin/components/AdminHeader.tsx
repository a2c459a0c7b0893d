import { PageHeader, type PageHeaderProps } from '../../../ui/PageHeader';
import { AdminNav } from './AdminNav';

/** A pricing administration page's heading, followed by the links between those pages. */
export function AdminHeader(props: PageHeaderProps) {
  return (
    <>
      <PageHeader {...props} />
      <AdminNav />
    </>
  );
}
