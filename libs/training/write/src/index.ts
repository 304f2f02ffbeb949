export { TrainingWriteModule } from './service/training-write.module';
