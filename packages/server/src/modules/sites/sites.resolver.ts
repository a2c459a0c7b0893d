import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { SiteNode } from './site.types.js';
import { SitesService } from './sites.service.js';

@Resolver(() => SiteNode)
export class SitesResolver {
  @Query(() => SiteNode, {
    nullable: true,
    description: 'Public branding of a site by its code, for the sign-in page; null when unknown.',
  })
  site(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<SiteNode | null> {
    return new SitesService(ctx.em).byCode(code);
  }

  @Query(() => [SiteNode], { description: 'Public branding of every site on this deployment.' })
  sites(@Ctx() ctx: Context): Promise<SiteNode[]> {
    return new SitesService(ctx.em).all();
  }
}
