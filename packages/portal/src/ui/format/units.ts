import type { TFunction } from '../../app/i18n';

/**
 * A unit of measure from the catalog (bag, case, each, …) in the interface language. Known units have
 * their own dictionary entries; any other unit is shown as the catalog spells it.
 */
export function unitLabel(unit: string, t: TFunction): string {
  switch (unit) {
    case 'each':
      return t('unit|each');
    case 'bag':
      return t('unit|bag');
    case 'case':
      return t('unit|case');
    case 'box':
      return t('unit|box');
    case 'kit':
      return t('unit|kit');
    case 'set':
      return t('unit|set');
    case 'pack':
      return t('unit|pack');
    case 'pair':
      return t('unit|pair');
    case 'roll':
      return t('unit|roll');
    case 'ft':
      return t('unit|ft');
    default:
      return unit;
  }
}
