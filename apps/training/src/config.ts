import { loadConfig, ServiceConfig } from '@tn/shared-config';

/** Everything the training service reads from its environment (shared settings in ServiceConfig). */
export class TrainingConfig extends ServiceConfig {
  override HTTP_PORT = 3102;
  override MONGO_DATABASE = 'tn_training';
}

export const loadTrainingConfig = (env: Record<string, string | undefined> = process.env) => loadConfig('training', TrainingConfig, env);
