import { describeServiceFoundation } from '@tn/shared-testing';
import { registryService } from './app.module';

describeServiceFoundation(registryService);
