import { ValidateBy } from 'class-validator';
import { isCertificateKey } from '@tn/campaigns-contracts';
import { Base64Key32, EventSourcedServiceConfig, loadConfig } from '@tn/shared-config';

/** Everything the campaigns service reads from its environment (shared settings in the base classes). */
export class CampaignsConfig extends EventSourcedServiceConfig {
  override HTTP_PORT = 3103;
  override MONGO_DATABASE = 'tn_campaigns';

  /** 32 random bytes, base64: the secret access tokens are signed with (the registry and the gateway hold the same); verifies the token each command carries. */
  @Base64Key32()
  AUTH_TOKEN_SECRET!: string;

  /**
   * The Ed25519 private key (PKCS#8 DER, base64) that signs the verification codes of Youth
   * Volunteer Certificates; the gateway holds its public key (CERTIFICATE_VERIFY_KEY). Keep it
   * secret: whoever holds it can make codes that verify.
   */
  @ValidateBy({
    name: 'isCertificateSigningKey',
    validator: {
      validate: (value: unknown) => isCertificateKey('signing', value),
      defaultMessage: () =>
        'must be an Ed25519 private key, PKCS#8 DER in base64 (the gateway gets its public key as CERTIFICATE_VERIFY_KEY; ./dev up makes the pair in .run/secrets/)',
    },
  })
  CERTIFICATE_SIGNING_KEY!: string;
}

export const loadCampaignsConfig = (env: Record<string, string | undefined> = process.env) => loadConfig('campaigns', CampaignsConfig, env);
