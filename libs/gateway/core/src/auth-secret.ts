/** The shared token secret, as a provider (verifies access tokens, seals passwords). */
export class AuthSecret {
  constructor(readonly key: Buffer) {}
}
