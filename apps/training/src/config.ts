import { Base64Key32, EventSourcedServiceConfig, loadConfig } from '@tn/shared-config';

/** Everything the training service reads from its environment (shared settings in the base classes). */
export class TrainingConfig extends EventSourcedServiceConfig {
  override HTTP_PORT = 3102;
  override MONGO_DATABASE = 'tn_training';

  /** 32 random bytes, base64: the secret access tokens are signed with (the registry and the gateway hold the same); verifies the token each command carries. */
  @Base64Key32()
  AUTH_TOKEN_SECRET!: string;
}

export const loadTrainingConfig = (env: Record<string, string | undefined> = process.env) => loadConfig('training', TrainingConfig, env);
