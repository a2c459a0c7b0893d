import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps paths inside the site', () => {
    expect(safeReturnPath('coffee', '/coffee/orders?status=PLACED')).toBe('/coffee/orders?status=PLACED');
    expect(safeReturnPath('coffee', '/coffee')).toBe('/coffee');
  });

  it('rejects other sites, other origins and the sign-in page itself', () => {
    expect(safeReturnPath('coffee', '/parts/orders')).toBe('/coffee');
    expect(safeReturnPath('coffee', '/coffeeshop')).toBe('/coffee');
    expect(safeReturnPath('coffee', '//evil.example/coffee')).toBe('/coffee');
    expect(safeReturnPath('coffee', 'https://evil.example')).toBe('/coffee');
    expect(safeReturnPath('coffee', '/coffee/sign-in')).toBe('/coffee');
    expect(safeReturnPath('coffee', null)).toBe('/coffee');
  });
});

describe('signInPath', () => {
  it('encodes the return path', () => {
    expect(signInPath('parts', '/parts/orders?status=SHIPPED')).toBe(
      '/parts/sign-in?returnTo=%2Fparts%2Forders%3Fstatus%3DSHIPPED',
    );
    expect(signInPath('parts', '/parts')).toBe('/parts/sign-in');
  });
});
