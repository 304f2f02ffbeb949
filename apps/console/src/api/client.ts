import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { i18n } from '../i18n';
import { currentSession, needsRefresh, onSessionChange, saveSession, type Session } from '../session/session';
import { latestWrite } from './consistency';

const ENDPOINT = '/graphql';

const REFRESH = `mutation Refresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accountId accessToken accessTokenExpiresAt refreshToken }
}`;

let refreshing: Promise<Session | null> | null = null;

/** One refresh at a time; a refused refresh ends the session (the sign-in page shows next). */
async function refreshed(session: Session): Promise<Session | null> {
  refreshing ??= fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
    body: JSON.stringify({ query: REFRESH, variables: { refreshToken: session.refreshToken } }),
  })
    .then(async (response) => {
      const body = (await response.json()) as { data?: { refreshSession?: Session } };
      const next = body.data?.refreshSession ?? null;
      saveSession(next);
      return next;
    })
    .catch(() => session)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

const headers = new SetContextLink(async (previous, operation) => {
  let session = currentSession();
  if (session && needsRefresh(session)) session = await refreshed(session);
  const isMutation = operation.query.definitions.some((definition) => definition.kind === 'OperationDefinition' && definition.operation === 'mutation');
  // Queries after a write wait until the gateway shows it (the token of the last mutation).
  const consistency = isMutation ? null : latestWrite();
  return {
    headers: {
      ...(previous.headers as Record<string, string> | undefined),
      'accept-language': i18n.language,
      ...(session ? { authorization: `Bearer ${session.accessToken}` } : {}),
      ...(consistency ? { 'tn-consistency-token': consistency } : {}),
    },
  };
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([headers, new HttpLink({ uri: ENDPOINT })]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});

// The next account in this tab must never see the last one's answers: the cache goes with the session.
onSessionChange(() => {
  if (!currentSession()) void apolloClient.clearStore();
});
