import { ApiError } from '@tn/gateway-graphql-kit';
import { AuthSecret } from './auth-secret';
import { cappedConsistencyTokens, ConsistencyTokens, MAX_CONSISTENCY_TOKENS } from './consistency-tokens';

// Issue 10: each token may hold a request up to the wait's timeout, so their number is capped.
describe('cappedConsistencyTokens', () => {
  const signer = new ConsistencyTokens(new AuthSecret(Buffer.alloc(32)));
  const tokens = (count: number) => Array.from({ length: count }, (_, i) => signer.tokenOf(`unit-${i}`, 1));

  it('passes up to the cap, each token once', () => {
    expect(MAX_CONSISTENCY_TOKENS).toBe(100);
    expect(cappedConsistencyTokens(tokens(100), 'en')).toEqual(tokens(100));
    // The same token sent twice counts once.
    expect(cappedConsistencyTokens([...tokens(100), ...tokens(100)], 'en')).toEqual(tokens(100));
  });

  it('refuses more than the cap with a coded error naming the header, in the request language', () => {
    let error: unknown;
    try {
      cappedConsistencyTokens(tokens(101), 'en');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).extensions).toMatchObject({ code: 'CONSISTENCY_TOKENS_TOO_MANY', field: 'tn-consistency-token', kind: 'validation' });
    expect((error as ApiError).message).toBe('Too many consistency tokens (tn-consistency-token) in one request; at most 100, this one has 101.');
    expect((error as ApiError).messageIn('vi')).toBe('Quá nhiều mã nhất quán (tn-consistency-token) trong một yêu cầu; tối đa 100 mã, yêu cầu này có 101.');
  });
});
