import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all) {
      markedCount
      unreadCount
    }
  }
`);

interface StoredList {
  totalCount?: number;
  edges?: ReadonlyArray<{ node: Reference }>;
}

/**
 * Marks notifications read in the cache: the unread count from the server, `readAt` on each one, and
 * lists of unread ones without them (`ids` null: every one).
 */
export function markReadInCache(
  cache: ApolloCache,
  ids: readonly string[] | null,
  unreadCount: number,
): void {
  cache.writeQuery({ query: UnreadCountQuery, data: { unreadNotificationCount: unreadCount } });
  const now = new Date().toISOString();
  const wanted = ids ? new Set(ids.map((id) => cache.identify({ __typename: 'Notification', id }))) : null;
  const touched = new Set<string>();
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      notifications(value, { storeFieldName, readField }) {
        const list = value as StoredList;
        if (!list.edges) return value;
        const marked = (node: Reference) => (wanted ? wanted.has(node.__ref) : !readField('readAt', node));
        list.edges.forEach((edge) => {
          if (marked(edge.node)) touched.add(edge.node.__ref);
        });
        if (!storeFieldName.includes('"unreadOnly":true')) return value;
        const edges = list.edges.filter((edge) => !marked(edge.node));
        return {
          ...list,
          edges,
          totalCount: Math.max(0, (list.totalCount ?? edges.length) - (list.edges.length - edges.length)),
        };
      },
    },
  });
  for (const id of wanted ?? touched) {
    if (id) cache.modify({ id, fields: { readAt: (readAt: string | null) => readAt ?? now } });
  }
}

/** Marks some of the viewer's notifications, or all of them, read. */
export function useMarkRead() {
  const [mutate, state] = useMutation(MarkReadMutation);
  async function markRead(ids: readonly string[] | null): Promise<void> {
    await mutate({
      variables: ids ? { ids: [...ids] } : { all: true },
      update(cache, { data }) {
        if (data) markReadInCache(cache, ids, data.markNotificationsRead.unreadCount);
      },
    });
  }
  return { markRead, marking: state.loading };
}
