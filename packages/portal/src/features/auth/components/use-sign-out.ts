import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Ends the session, forgets everything cached for it, and goes to the site's sign-in page. */
export function useSignOut(siteCode: string) {
  const [signOut] = useMutation(SignOutMutation);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  const run = useCallback(async () => {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      // Signing out always succeeds on the server; if it is unreachable we still forget the
      // session locally so the next person at this screen sees nothing of it.
    }
    navigate(`/${siteCode}/sign-in`, { replace: true });
    await client.resetStore().catch(() => undefined);
    setSigningOut(false);
  }, [client, navigate, signOut, siteCode]);
  return { signOut: run, signingOut };
}
