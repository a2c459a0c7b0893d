import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Container,
  Group,
  Image,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../../app/errors';
import { useT, type TFunction } from '../../../app/i18n';
import { safeReturnPath } from '../../../app/return-path';
import { useSiteContext } from '../../../app/site/ShellContext';
import { graphql } from '../../../gql';
import { SignInLanguageChoice } from '../components/SignInLanguageChoice';
import { SetLocaleMutation } from '../components/use-set-locale';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInSuccess {
        viewer {
          user {
            id
            name
          }
          site {
            id
            code
          }
          locale
        }
      }
      ... on SignInThrottled {
        retryAfterSeconds
      }
      ... on UserError {
        code
        message
      }
    }
  }
`);

/**
 * Why a sign-in was refused, in the interface language. The server's messages are English; the known
 * outcomes are phrased here (the same English), anything else is shown as the server wrote it.
 */
function refusal(
  result: { __typename: string; message: string; retryAfterSeconds?: number },
  t: TFunction,
): string {
  if (result.__typename === 'InvalidCredentials') return t('The email or password is not right.');
  if (result.__typename === 'SignInThrottled' && result.retryAfterSeconds !== undefined) {
    const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
    return minutes === 1
      ? t('Too many failed sign-in attempts. Try again in 1 minute.')
      : t('Too many failed sign-in attempts. Try again in {minutes} minutes.', { minutes });
  }
  return result.message;
}

/** Site-branded sign-in: email + password, inline errors, back to where the person was going. */
export function SignInPage() {
  const { siteCode, site, viewer, error: siteError, retry, retrying } = useSiteContext();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(siteCode, params.get('returnTo'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [signIn, { loading }] = useMutation(SignInMutation);
  const errorId = useId();
  const [missing, setMissing] = useState({ email: false, password: false });
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const t = useT();
  // A language picked on this page is kept after signing in (saved as the person's choice).
  const [pickedLanguage, setPickedLanguage] = useState<string | null>(null);
  const [saveLocale] = useMutation(SetLocaleMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const empty = { email: !email.trim(), password: !password };
    setMissing(empty);
    if (empty.email || empty.password) {
      setFormError(t('Enter your email address and password.'));
      (empty.email ? emailInput : passwordInput).current?.focus();
      return;
    }
    try {
      const { data } = await signIn({ variables: { input: { siteCode, email: email.trim(), password } } });
      const result = data?.signIn;
      if (!result) {
        setFormError(t('The server did not answer. Please try again.'));
        return;
      }
      if (result.__typename === 'SignInSuccess') {
        setFinishing(true);
        if (pickedLanguage && pickedLanguage !== result.viewer.locale) {
          // Best effort: signing in has worked either way.
          await saveLocale({ variables: { locale: pickedLanguage } }).catch(() => undefined);
        }
        // A new session: drop anything cached for a previous one and refetch the viewer.
        await client.resetStore();
        navigate(returnTo, { replace: true });
        return;
      }
      setFormError(refusal(result, t));
    } catch (err) {
      setFinishing(false);
      setFormError(describeError(err, t));
    }
  }

  const signedInHere = viewer && viewer.site.code === siteCode;
  const siteName = site?.name ?? 'Portway';

  return (
    <Box
      component="main"
      mih="100vh"
      py={{ base: 'lg', sm: 60 }}
      style={{
        background:
          'linear-gradient(160deg, var(--mantine-color-brand-0) 0%, var(--mantine-color-white) 55%, var(--mantine-color-accent-0) 100%)',
      }}
    >
      <Container size={440} px="md">
        <Stack gap="lg">
          <Stack align="center" gap={6} ta="center">
            {site ? <Image src={site.theme.logoUrl} alt="" h={56} w="auto" fit="contain" /> : null}
            <Title order={1} fz={26}>
              {t('Sign in to {site}', { site: siteName })}
            </Title>
            {site?.tagline ? (
              <Text c="dimmed" size="sm">
                {site.tagline}
              </Text>
            ) : null}
          </Stack>

          {siteError ? (
            <Alert color="red" variant="light" title={t('We can’t reach Portway right now')} role="alert">
              <Stack gap="xs">
                <Text size="sm">{describeError(siteError, t)}</Text>
                <Group>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red"
                    onClick={() => void retry()}
                    loading={retrying}
                  >
                    {t('Try again')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : null}

          {signedInHere ? (
            <Alert
              color="brand"
              variant="light"
              title={t('You’re signed in as {name}', { name: viewer.user.name })}
            >
              <Anchor component={Link} to={returnTo}>
                {t('Continue to {site}', { site: siteName })}
              </Anchor>
            </Alert>
          ) : null}

          <Paper
            withBorder
            shadow="sm"
            radius="md"
            p={{ base: 'lg', sm: 'xl' }}
            style={{ borderTop: '4px solid var(--mantine-color-brand-6)' }}
          >
            <form onSubmit={onSubmit} noValidate aria-describedby={formError ? errorId : undefined}>
              <Stack gap="md">
                <TextInput
                  label={t('Email address')}
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  value={email}
                  ref={emailInput}
                  error={missing.email && !email.trim()}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  disabled={finishing}
                />
                <PasswordInput
                  label={t('Password')}
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  ref={passwordInput}
                  error={missing.password && !password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  disabled={finishing}
                />
                {formError ? (
                  <Alert id={errorId} color="red" variant="light" role="alert" title={t('Sign-in failed')}>
                    {formError}
                  </Alert>
                ) : null}
                <Button type="submit" fullWidth loading={loading || finishing} disabled={!site && !siteError}>
                  {t('Sign in')}
                </Button>
              </Stack>
            </form>
          </Paper>
          <Center>
            <Anchor component={Link} to="/" size="sm">
              {t('Not your site? Choose another')}
            </Anchor>
          </Center>
          {signedInHere ? null : <SignInLanguageChoice siteCode={siteCode} onChosen={setPickedLanguage} />}
        </Stack>
      </Container>
    </Box>
  );
}
