import { AuthSecret } from './auth-secret';
import { ConsistencyTokens } from './consistency-tokens';

describe('ConsistencyTokens', () => {
  const secret = new AuthSecret(Buffer.alloc(32, 1));

  it('accepts a token any gateway with the same secret issued, naming its position', () => {
    const token = new ConsistencyTokens(secret).tokenOf('unit-lao-cai', 7);
    expect(new ConsistencyTokens(secret).verify(token)).toEqual({ streamId: 'unit-lao-cai', version: 7 });
  });

  it('refuses a token of another secret, or with its position altered', () => {
    const token = new ConsistencyTokens(secret).tokenOf('unit-lao-cai', 7);
    expect(new ConsistencyTokens(new AuthSecret(Buffer.alloc(32, 2))).verify(token)).toBeUndefined();
    expect(new ConsistencyTokens(secret).verify(token.replace('@7.', '@8.'))).toBeUndefined();
    expect(new ConsistencyTokens(secret).verify('unit-lao-cai@7')).toBeUndefined();
  });
});
