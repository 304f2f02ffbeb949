import type { SignInMutation, SignInMutationVariables } from '../gql/graphql';
import { i18n } from '../i18n';
import type { Session } from '../session/session';

// Sent with fetch: the sign-in page loads before the API client (see App.tsx).
const SIGN_IN = /* GraphQL */ `
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      accountId
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`;

export type SignInOutcome = { session: Session } | { messages: string[] } | { networkError: true };

/** Sign in; the API's refusal comes back in the page's language. */
export async function signIn(variables: SignInMutationVariables): Promise<SignInOutcome> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
      body: JSON.stringify({ query: SIGN_IN, variables }),
    });
    const body = (await response.json()) as { data?: SignInMutation | null; errors?: { message: string }[] };
    if (body.data?.signIn) return { session: body.data.signIn };
    return { messages: (body.errors ?? []).map((error) => error.message) };
  } catch {
    return { networkError: true };
  }
}
