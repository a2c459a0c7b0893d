import { createUnionType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode, UserError } from '../../platform/graphql-types.js';
import { Capability, Role } from './domain/roles.js';

registerEnumType(Role, { name: 'Role', description: "Who may do what: a user's role on a site." });
registerEnumType(Capability, {
  name: 'Capability',
  description: 'What the viewer may use; the portal shows navigation for these only.',
});

@ObjectType('User', { simpleResolvers: true, description: 'A person who signs in.' })
export class UserNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Email address (the sign-in name).' })
  email!: string;
}

@ObjectType('Viewer', {
  simpleResolvers: true,
  description: 'The signed-in person, where they are and for whom they act.',
})
export class ViewerNode {
  @Field(() => UserNode, { description: 'The signed-in user.' })
  user!: UserNode;

  @Field(() => [Role], { description: 'Their roles on the site.' })
  roles!: Role[];

  @Field({ description: 'True for the seller’s people (sales reps, account managers, …).' })
  isSellerSide!: boolean;

  @Field(() => [Capability], { description: 'What the viewer may use.' })
  capabilities!: Capability[];

  @Field({
    description:
      "Language of the interface and of product content: the user's choice, else the effective account's, else the site's default.",
  })
  locale!: string;

  @Field(() => String, {
    nullable: true,
    description: "The user's own choice of language; null when it follows the account and the site.",
  })
  chosenLocale!: string | null;

  @Field(() => [String], { description: 'Languages the site offers, the default first.' })
  supportedLocales!: string[];
}

@InputType({ description: 'Credentials for signing in to a site.' })
export class SignInInput {
  @Field({ description: "The site's code, e.g. coffee." })
  siteCode!: string;

  @Field({ description: "The user's email address." })
  email!: string;

  @Field({ description: "The user's password." })
  password!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Signed in: the session cookie is set.' })
export class SignInSuccess {
  @Field(() => ViewerNode, { description: "The new session's viewer." })
  viewer!: ViewerNode;
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'The email or password is wrong, or the user does not belong to this site.',
})
export class InvalidCredentials extends UserError {
  constructor() {
    super();
    this.code = ErrorCode.INVALID_CREDENTIALS;
    this.message = 'The email or password is not right.';
  }
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'Too many failed attempts for this email or client address; try again later.',
})
export class SignInThrottled extends UserError {
  @Field(() => Int, { description: 'Seconds until sign-in may be tried again.' })
  retryAfterSeconds!: number;

  constructor(retryAfterSeconds: number, message: string) {
    super();
    this.code = ErrorCode.TOO_MANY_ATTEMPTS;
    this.message = message;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const SignInResult = createUnionType({
  name: 'SignInResult',
  description: 'The outcome of signing in.',
  types: () => [SignInSuccess, InvalidCredentials, SignInThrottled] as const,
});

@ObjectType({ simpleResolvers: true, description: 'Now acting for the chosen account.' })
export class SwitchAccountSuccess {
  @Field(() => ViewerNode, { description: 'The viewer with its new effective account.' })
  viewer!: ViewerNode;
}

@ObjectType({
  simpleResolvers: true,
  implements: UserError,
  description: 'The account is not one the viewer may act for (or does not exist).',
})
export class AccountNotAccessible extends UserError {
  constructor() {
    super();
    this.code = ErrorCode.ACCOUNT_NOT_ACCESSIBLE;
    this.message = 'You may not act for that account.';
  }
}

export const SwitchAccountResult = createUnionType({
  name: 'SwitchAccountResult',
  description: 'The outcome of switching the effective account.',
  types: () => [SwitchAccountSuccess, AccountNotAccessible] as const,
});
