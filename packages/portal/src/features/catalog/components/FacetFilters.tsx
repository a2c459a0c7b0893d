import { Button, Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../app/i18n';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useFormat } from './format';

export const FacetFiltersFragment = graphql(`
  fragment FacetFilters_facet on Facet {
    code
    label
    values {
      code
      label
      count
      selected
    }
  }
`);

export interface FacetFiltersProps {
  facets: ReadonlyArray<FragmentType<typeof FacetFiltersFragment>>;
  /** Whether a value is selected, from the URL (the API's `selected` lags while the next page loads). */
  isSelected: (facet: string, value: string) => boolean;
  onToggle: (facet: string, value: string, selected: boolean) => void;
  onClear: () => void;
  selectedCount: number;
  /** Distinguishes the ids of the inline and the drawer copies. */
  idPrefix: string;
}

/**
 * One group of checkboxes per facet, each value with how many products it would give. Counts are
 * disjunctive (a facet's own selection does not narrow its own counts), so a value with no products
 * is disabled unless it is selected (it can always be cleared).
 */
export function FacetFilters({
  facets: refs,
  isSelected,
  onToggle,
  onClear,
  selectedCount,
  idPrefix,
}: FacetFiltersProps) {
  const { t } = useI18n();
  const { number } = useFormat();
  const facets = useFragment(FacetFiltersFragment, refs);
  if (facets.length === 0) return null;
  return (
    <Stack gap="md">
      {facets.map((facet) => (
        <Fieldset
          key={facet.code}
          legend={facet.label}
          variant="unstyled"
          styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 6 } }}
        >
          <Stack gap={6}>
            {facet.values.map((value) => {
              const checked = isSelected(facet.code, value.code);
              return (
                <Checkbox
                  key={value.code}
                  id={`${idPrefix}-${facet.code}-${value.code}`}
                  size="sm"
                  checked={checked}
                  disabled={!checked && value.count === 0}
                  onChange={(e) => onToggle(facet.code, value.code, e.currentTarget.checked)}
                  label={
                    <>
                      {value.label}{' '}
                      <Text span size="xs" c="dimmed">
                        ({number(value.count)})
                      </Text>
                    </>
                  }
                />
              );
            })}
          </Stack>
        </Fieldset>
      ))}
      {selectedCount > 0 ? (
        <Button variant="subtle" size="xs" onClick={onClear} style={{ alignSelf: 'flex-start' }}>
          {t('Clear filters')}
        </Button>
      ) : null}
    </Stack>
  );
}
