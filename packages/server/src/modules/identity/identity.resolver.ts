import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { BadUserInputError } from '../../platform/errors.js';
import { fromGlobalId, toGlobalId } from '../../platform/ids.js';
import { AccountNode } from '../accounts/account.types.js';
import { AccountsService, toAccountNode } from '../accounts/accounts.service.js';
import { SiteNode } from '../sites/site.types.js';
import { SitesService } from '../sites/sites.service.js';
import { canActFor, requireViewer } from './access.js';
import { capabilitiesOf } from './domain/roles.js';
import { throttledMessage } from './domain/throttle.js';
import {
  AccountNotAccessible,
  InvalidCredentials,
  SignInInput,
  SignInResult,
  SignInSuccess,
  SignInThrottled,
  SwitchAccountResult,
  SwitchAccountSuccess,
  ViewerNode,
} from './identity.types.js';
import { SESSION_COOKIE, SessionsService } from './sessions.service.js';
import { SignInService } from './sign-in.service.js';
import { chooseLocale, type Viewer } from './viewer.js';

/** The ViewerNode carries the server-side viewer for its field resolvers. */
type ViewerRoot = ViewerNode & { viewer: Viewer };

function toViewerNode(viewer: Viewer): ViewerRoot {
  return {
    viewer,
    user: { id: toGlobalId('User', viewer.userId), name: viewer.name, email: viewer.email },
    roles: viewer.roles,
    isSellerSide: viewer.sellerSide,
    capabilities: capabilitiesOf(viewer.roles, viewer.effectiveAccountId !== null),
    locale: viewer.locale,
    chosenLocale: viewer.chosenLocale,
    supportedLocales: viewer.supportedLocales,
  };
}

@Resolver(() => ViewerNode)
export class IdentityResolver {
  @Query(() => ViewerNode, { nullable: true, description: 'The signed-in viewer, or null when signed out.' })
  viewer(@Ctx() ctx: Context): ViewerNode | null {
    return ctx.viewer ? toViewerNode(ctx.viewer) : null;
  }

  @Mutation(() => SignInResult, {
    description: 'Sign in to a site with email and password; sets the session cookie.',
  })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context) {
    if (input.email.length > 320 || input.password.length > 1000 || input.siteCode.length > 50) {
      throw new BadUserInputError('Email, password or site code is too long.');
    }
    const sessions = new SessionsService(ctx.em, ctx.config.sessionHours);
    const outcome = await new SignInService(ctx.em, sessions).signIn(
      input.siteCode,
      input.email,
      input.password,
      ctx.req.ip ?? 'unknown',
    );
    if (outcome.kind === 'throttled') {
      ctx.log.warn({ email: input.email.toLowerCase(), ip: ctx.req.ip }, 'sign-in throttled');
      return new SignInThrottled(outcome.retryAfterSeconds, throttledMessage(outcome.retryAfterSeconds));
    }
    if (outcome.kind === 'invalid-credentials') {
      ctx.log.info({ email: input.email.toLowerCase(), ip: ctx.req.ip }, 'sign-in failed');
      return new InvalidCredentials();
    }
    ctx.res.cookie(SESSION_COOKIE, outcome.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.cookieSecure,
      path: '/',
      expires: outcome.expiresAt,
    });
    const viewer = await sessions.resolveViewer(outcome.token);
    if (!viewer) throw new Error('a session just created could not be read back');
    ctx.viewer = viewer;
    return Object.assign(new SignInSuccess(), { viewer: toViewerNode(viewer) });
  }

  @Mutation(() => Boolean, {
    description: 'Sign out: ends the session and clears the cookie. Always succeeds.',
  })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    const token = readCookie(ctx.req.headers.cookie, SESSION_COOKIE);
    if (token) await new SessionsService(ctx.em, ctx.config.sessionHours).end(token);
    ctx.res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.cookieSecure,
    });
    ctx.viewer = null;
    return true;
  }

  @Mutation(() => SwitchAccountResult, {
    description: 'Seller-side users: act for another of their assigned accounts.',
  })
  async switchAccount(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx.viewer);
    const id = fromGlobalId('Account', accountId);
    const account = id ? await new AccountsService(ctx.em).rowById(id) : null;
    if (!viewer.sellerSide || !account || !canActFor(viewer, account.id, account.site_id)) {
      return new AccountNotAccessible();
    }
    const sessions = new SessionsService(ctx.em, ctx.config.sessionHours);
    await sessions.setEffectiveAccount(viewer.sessionId, account.id);
    const updated: Viewer = {
      ...viewer,
      effectiveAccountId: account.id,
      currency: account.currency,
      locale: chooseLocale(
        [viewer.chosenLocale, account.locale],
        viewer.siteDefaultLocale,
        viewer.supportedLocales,
      ),
    };
    ctx.viewer = updated;
    return Object.assign(new SwitchAccountSuccess(), { viewer: toViewerNode(updated) });
  }

  @Mutation(() => ViewerNode, {
    description:
      "Choose the language of the interface and product content (one of the site's languages), or null to follow the account and the site.",
  })
  async setLocale(
    @Arg('locale', () => String, { nullable: true, description: 'e.g. fr-CA; null to follow the account.' })
    locale: string | null,
    @Ctx() ctx: Context,
  ): Promise<ViewerNode> {
    const viewer = requireViewer(ctx.viewer);
    if (locale !== null && !viewer.supportedLocales.includes(locale)) {
      throw new BadUserInputError(
        `This site is offered in ${viewer.supportedLocales.join(', ')}; "${locale.slice(0, 20)}" is not one of them.`,
      );
    }
    await new SessionsService(ctx.em, ctx.config.sessionHours).setUserLocale(viewer.userId, locale);
    const accountLocale = viewer.effectiveAccountId
      ? ((await new AccountsService(ctx.em).rowById(viewer.effectiveAccountId))?.locale ?? null)
      : null;
    const updated: Viewer = {
      ...viewer,
      chosenLocale: locale,
      locale: chooseLocale([locale, accountLocale], viewer.siteDefaultLocale, viewer.supportedLocales),
    };
    ctx.viewer = updated;
    return toViewerNode(updated);
  }

  @FieldResolver(() => SiteNode, { description: 'The site they signed in to.' })
  async site(@Root() root: ViewerRoot, @Ctx() ctx: Context): Promise<SiteNode> {
    const site = await new SitesService(ctx.em).byId(root.viewer.siteId);
    if (!site) throw new Error('the viewer’s site is missing');
    return site;
  }

  @FieldResolver(() => AccountNode, {
    nullable: true,
    description: 'The account they act for now; null for seller-side users with no account chosen.',
  })
  async effectiveAccount(@Root() root: ViewerRoot, @Ctx() ctx: Context): Promise<AccountNode | null> {
    const id = root.viewer.effectiveAccountId;
    if (!id) return null;
    const row = await new AccountsService(ctx.em).rowById(id);
    return row ? toAccountNode(row) : null;
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
