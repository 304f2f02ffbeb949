/** The registry's auth settings, as a provider (from the app's validated config). */
export class RegistrySettings {
  constructor(
    readonly secret: Buffer,
    readonly accessTokenTtlSeconds: number,
    readonly refreshTokenTtlDays: number,
  ) {}
}
