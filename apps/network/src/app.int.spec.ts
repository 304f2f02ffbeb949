import { describeServiceFoundation } from '@tn/shared-testing';
import { networkService } from './app.module';

describeServiceFoundation(networkService);
