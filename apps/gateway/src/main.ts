import { runService } from '@tn/shared-service-kit';
import { gatewayService } from './app.module';

void runService(gatewayService);
