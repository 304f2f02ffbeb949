import { describeServiceFoundation } from '@tn/shared-testing';
import { gatewayService } from './app.module';

describeServiceFoundation(gatewayService);
