import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { requireViewer } from '../identity/index.js';
import { NotificationConnection, NotificationsMarkedNode } from './notification.types.js';
import { NotificationsService } from './notifications.service.js';

/** The viewer's in-app notifications. */
@Resolver()
export class NotificationsResolver {
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many items to return (1–100, default 20).' })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Items after this cursor.' }) after?: string,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only those not read yet.' })
    unreadOnly?: boolean,
  ) {
    return new NotificationsService(ctx.em).list(requireViewer(ctx.viewer), { first, after, unreadOnly });
  }

  @Query(() => Int, { description: "How many of the viewer's notifications are unread." })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return new NotificationsService(ctx.em).unreadCount(requireViewer(ctx.viewer));
  }

  @Mutation(() => NotificationsMarkedNode, {
    description: "Mark some or all of the viewer's notifications read (others' ids change nothing).",
  })
  markNotificationsRead(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { nullable: true, description: 'The notifications to mark read.' })
    ids?: string[] | null,
    @Arg('all', () => Boolean, { nullable: true, description: 'True to mark every unread one read.' })
    all?: boolean | null,
  ): Promise<NotificationsMarkedNode> {
    return new NotificationsService(ctx.em).markRead(requireViewer(ctx.viewer), ids, all);
  }
}
