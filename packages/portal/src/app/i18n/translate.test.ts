import { describe, expect, it, vi } from 'vitest';
import { interfaceLanguage, languageName, languageStatus, loadLanguage, translatorFor } from './languages';
import { signedOutLanguage } from './device-language';
import { createTranslator, englishText, interpolate, placeholdersOf, splitPlaceholders } from './translate';

describe('interpolate', () => {
  it('fills {name} placeholders, leaving unknown ones as written', () => {
    expect(interpolate('Page {page} of {pages}', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(interpolate('Hello {name}, {missing}', { name: 'Maya' })).toBe('Hello Maya, {missing}');
    expect(interpolate('No placeholders')).toBe('No placeholders');
    expect(interpolate('{a}{a}', { a: 0 })).toBe('00');
  });

  it('does not read inherited properties', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
});

describe('createTranslator', () => {
  it('uses the English text as the key, and falls back to it', () => {
    const t = createTranslator({
      'Sign in': 'Se connecter',
      'Page {page} of {pages}': 'Page {page} sur {pages}',
    });
    expect(t('Sign in')).toBe('Se connecter');
    expect(t('Page {page} of {pages}', { page: 1, pages: 3 })).toBe('Page 1 sur 3');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(t('Not translated')).toBe('Not translated');
    t('Not translated');
    expect(warn).toHaveBeenCalledTimes(1); // in development, once per missing text
    warn.mockRestore();
  });

  it('shows English as written, without a context prefix', () => {
    const english = createTranslator(null);
    expect(english('Orders')).toBe('Orders');
    expect(english('date column|Placed')).toBe('Placed');
    expect(englishText('date column|Placed')).toBe('Placed');
    const french = createTranslator({ 'date column|Placed': 'Date de commande', Placed: 'Passée' });
    expect(french('date column|Placed')).toBe('Date de commande');
    expect(french('Placed')).toBe('Passée');
  });
});

describe('placeholdersOf / splitPlaceholders', () => {
  it('lists placeholders sorted', () => {
    expect(placeholdersOf('{b} and {a}')).toEqual(['a', 'b']);
  });

  it('splits a text around the placeholders that have nodes', () => {
    const date = { kind: 'date' };
    expect(splitPlaceholders('Passée le {date} pour {account}', { date, account: 'Brewline' })).toEqual([
      'Passée le ',
      date,
      ' pour ',
      'Brewline',
    ]);
    expect(splitPlaceholders('{x} only {y}', { x: 1 })).toEqual([1, ' only {y}']);
  });
});

describe('languages', () => {
  it('maps locales to an interface language', () => {
    expect(interfaceLanguage('fr-CA')).toBe('fr-CA');
    expect(interfaceLanguage('fr')).toBe('fr-CA');
    expect(interfaceLanguage('fr-FR')).toBe('fr-CA');
    expect(interfaceLanguage('en-GB')).toBe('en-US');
    expect(interfaceLanguage('de-DE')).toBe('en-US');
    expect(interfaceLanguage(null)).toBe('en-US');
  });

  it('names each language in itself', () => {
    expect(languageName('en-US')).toBe('English');
    expect(languageName('fr-CA')).toBe('Français (Canada)');
  });

  it('loads the French dictionary on demand', async () => {
    expect(languageStatus('en-US')).toBe('ready');
    expect(languageStatus('fr-CA')).toBe('idle');
    expect(translatorFor('fr-CA')('Sign in')).toBe('Sign in'); // English until loaded
    const loading = loadLanguage('fr-CA');
    expect(languageStatus('fr-CA')).toBe('loading');
    expect(loadLanguage('fr-CA')).toBe(loading); // one load at a time
    await loading;
    expect(languageStatus('fr-CA')).toBe('ready');
    expect(translatorFor('fr-CA')('Sign in')).toBe('Se connecter');
  });
});

describe('signedOutLanguage', () => {
  it('uses the language last used here only when the site is known to offer it', () => {
    expect(signedOutLanguage('fr-CA', ['en-US', 'fr-CA'], 'en-US')).toBe('fr-CA');
    expect(signedOutLanguage('fr-CA', ['en-US'], 'en-US')).toBe('en-US');
    expect(signedOutLanguage('fr-CA', [], 'en-US')).toBe('en-US');
    expect(signedOutLanguage(null, ['en-US', 'fr-CA'], 'fr-CA')).toBe('fr-CA');
  });
});
