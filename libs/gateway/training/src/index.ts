export { GatewayTrainingModule } from './gateway-training.module';
export { TRAINING_MESSAGES } from './training.messages';
