import { describe, expect, it } from 'vitest';
import { Capability, Role, capabilitiesOf, isSellerSide } from './roles.js';

describe('roles', () => {
  it('tells seller-side users from customer users', () => {
    expect(isSellerSide([Role.SALES_REP])).toBe(true);
    expect(isSellerSide([Role.SITE_ADMIN, Role.REBATE_MANAGER])).toBe(true);
    expect(isSellerSide([Role.BUYER])).toBe(false);
    expect(isSellerSide([Role.BUYER, Role.BUYER_ADMIN])).toBe(false);
    expect(isSellerSide([])).toBe(false);
  });

  it('offers the account switcher to seller-side users only, and orders only with an account', () => {
    expect(capabilitiesOf([Role.BUYER], true)).toEqual([
      Capability.BROWSE_CATALOG,
      Capability.VIEW_ORDERS,
      Capability.USE_PLAYGROUND,
    ]);
    expect(capabilitiesOf([Role.SALES_REP], false)).toEqual([
      Capability.BROWSE_CATALOG,
      Capability.SWITCH_ACCOUNT,
      Capability.USE_PLAYGROUND,
    ]);
    expect(capabilitiesOf([Role.SALES_REP], true)).toContain(Capability.VIEW_ORDERS);
  });

  it('lets only site admins manage prices', () => {
    expect(capabilitiesOf([Role.SITE_ADMIN], false)).toContain(Capability.MANAGE_PRICING);
    for (const role of Object.values(Role).filter((r) => r !== Role.SITE_ADMIN)) {
      expect(capabilitiesOf([role], true)).not.toContain(Capability.MANAGE_PRICING);
    }
  });

  it('lets only site admins fulfil orders', () => {
    expect(capabilitiesOf([Role.SITE_ADMIN], false)).toContain(Capability.FULFIL_ORDERS);
    expect(capabilitiesOf([Role.SITE_ADMIN], true)).toContain(Capability.FULFIL_ORDERS);
    for (const role of Object.values(Role).filter((r) => r !== Role.SITE_ADMIN)) {
      expect(capabilitiesOf([role], true)).not.toContain(Capability.FULFIL_ORDERS);
    }
  });
});
