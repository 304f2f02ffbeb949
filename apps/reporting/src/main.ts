import { runService } from '@tn/shared-service-kit';
import { reportingService } from './app.module';

void runService(reportingService);
