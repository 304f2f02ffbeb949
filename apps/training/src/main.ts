import { runService } from '@tn/shared-service-kit';
import { trainingService } from './app.module';

void runService(trainingService);
