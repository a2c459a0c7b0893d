import { NativeSelect } from '@mantine/core';
import { useT } from '../../../app/i18n';
import { isSortKey, type SortKey } from './catalog-params';

/** Order of the product list; "Relevance" only makes sense (and is only offered) while searching. */
export function SortSelect({
  value,
  searching,
  onChange,
}: {
  value: SortKey;
  searching: boolean;
  onChange: (sort: SortKey) => void;
}) {
  const t = useT();
  const options: Array<{ value: SortKey; label: string }> = [
    ...(searching ? [{ value: 'relevance' as const, label: t('Relevance') }] : []),
    { value: 'name', label: t('Name') },
    { value: 'price-asc', label: t('Price: low to high') },
    { value: 'price-desc', label: t('Price: high to low') },
  ];
  return (
    <NativeSelect
      label={t('Sort by')}
      data={options}
      value={value}
      onChange={(e) => {
        const next = e.currentTarget.value;
        if (isSortKey(next)) onChange(next);
      }}
      size="sm"
      w={{ base: '100%', xs: 220 }}
    />
  );
}
