import { graphql } from '../../gql';

/**
 * Loaded once per site visit: the site's public branding and who (if anyone) is signed in, with the
 * language to speak to them in (refetched when they change it).
 */
export const SiteRootQuery = graphql(`
  query SiteRoot($code: String!) {
    site(code: $code) {
      id
      code
      name
      tagline
      defaultLocale
      defaultCurrency
      theme {
        primaryColor
        accentColor
        logoUrl
      }
    }
    viewer {
      user {
        id
        name
        email
      }
      site {
        id
        code
      }
      roles
      isSellerSide
      capabilities
      locale
      chosenLocale
      supportedLocales
      effectiveAccount {
        id
        name
        number
        currency
        locale
      }
    }
  }
`);
