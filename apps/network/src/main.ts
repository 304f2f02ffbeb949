import { runService } from '@tn/shared-service-kit';
import { networkService } from './app.module';

void runService(networkService);
