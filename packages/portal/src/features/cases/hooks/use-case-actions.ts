import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { CaseStatus } from '../../../gql/graphql';
import { forgetCaseLists } from './cases-cache';

const AddCommentMutation = graphql(`
  mutation AddCaseComment($caseId: ID!, $body: String!) {
    addCaseComment(caseId: $caseId, body: $body) {
      __typename
      ... on CaseUpdated {
        serviceCase {
          id
          status
          nextStatuses
          canComment
          commentCount
          updatedAt
        }
        comment {
          id
        }
      }
      ... on CaseTransitionRefused {
        message
        status
      }
      ... on ValidationFailed {
        message
        problems {
          field
          message
        }
      }
    }
  }
`);

const ChangeStatusMutation = graphql(`
  mutation ChangeCaseStatus($caseId: ID!, $status: CaseStatus!) {
    changeCaseStatus(caseId: $caseId, status: $status) {
      __typename
      ... on CaseUpdated {
        serviceCase {
          id
          status
          nextStatuses
          canComment
          updatedAt
        }
      }
      ... on CaseTransitionRefused {
        message
        status
      }
      ... on ValidationFailed {
        message
      }
    }
  }
`);

export type CaseActionOutcome =
  { kind: 'done'; commentId: string | null } | { kind: 'refused'; message: string; field?: string };

/** Comment on a case and change its status; the case updates in the cache, lists are asked again. */
export function useCaseActions() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [comment] = useMutation(AddCommentMutation, { update: (cache) => forgetCaseLists(cache) });
  const [change] = useMutation(ChangeStatusMutation, { update: (cache) => forgetCaseLists(cache) });

  async function run(work: () => Promise<CaseActionOutcome>): Promise<CaseActionOutcome> {
    setBusy(true);
    try {
      return await work();
    } catch (error) {
      return { kind: 'refused', message: describeError(error, t) };
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    addComment: (caseId: string, body: string) =>
      run(async () => {
        const { data } = await comment({ variables: { caseId, body } });
        const r = data!.addCaseComment;
        if (r.__typename === 'CaseUpdated') return { kind: 'done', commentId: r.comment?.id ?? null };
        if (r.__typename === 'ValidationFailed')
          return {
            kind: 'refused',
            message: r.problems[0]?.message ?? r.message,
            field: r.problems[0]?.field,
          };
        return { kind: 'refused', message: r.message };
      }),
    changeStatus: (caseId: string, status: CaseStatus) =>
      run(async () => {
        const { data } = await change({ variables: { caseId, status } });
        const r = data!.changeCaseStatus;
        if (r.__typename === 'CaseUpdated') return { kind: 'done', commentId: null };
        return { kind: 'refused', message: r.message };
      }),
  };
}
