import { runService } from '@tn/shared-service-kit';
import { campaignsService } from './app.module';

void runService(campaignsService);
