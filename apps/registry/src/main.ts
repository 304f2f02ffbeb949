import { runService } from '@tn/shared-service-kit';
import { registryService } from './app.module';

void runService(registryService);
