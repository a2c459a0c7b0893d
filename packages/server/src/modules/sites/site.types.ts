import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: "A site's branding." })
export class SiteTheme {
  @Field({ description: 'Main brand colour, #rrggbb.' })
  primaryColor!: string;

  @Field({ description: 'Secondary brand colour, #rrggbb.' })
  accentColor!: string;

  @Field({ description: 'Logo URL (relative to the portal).' })
  logoUrl!: string;
}

@ObjectType('Site', { simpleResolvers: true, description: 'A branded site on this deployment.' })
export class SiteNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'Short code used in URLs, e.g. coffee.' })
  code!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'A line under the name on the sign-in page.' })
  tagline!: string;

  @Field(() => SiteTheme, { description: 'Colours and logo.' })
  theme!: SiteTheme;

  @Field({ description: 'Locale used when a user or account has none.' })
  defaultLocale!: string;

  @Field({ description: 'Currency used when an account has none.' })
  defaultCurrency!: string;
}
