import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../platform/graphql-types.js';
import { connectionType } from '../../platform/pagination.js';

@ObjectType('Notification', {
  simpleResolvers: true,
  description: 'An in-app message to the viewer: an order placed, approved, shipped, …',
})
export class NotificationNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'What it is about, e.g. order.placed, order.approval-needed, order.shipped.' })
  kind!: string;

  @Field({ description: 'One line, e.g. "Order CO-500123 shipped: UPS 1Z…".' })
  title!: string;

  @Field({ description: 'The details.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'A portal path to open, e.g. /coffee/orders/….' })
  link!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the viewer read it; null while unread.' })
  readAt!: Date | null;
}

@ObjectType('NotificationsMarked', { simpleResolvers: true, description: 'Notifications marked read.' })
export class NotificationsMarkedNode {
  @Field(() => Int, { description: 'How many were unread and are now read.' })
  markedCount!: number;

  @Field(() => Int, { description: 'Unread notifications left.' })
  unreadCount!: number;
}

export const NotificationConnection = connectionType(NotificationNode, 'Notification', 'notifications');
