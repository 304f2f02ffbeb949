import { describeServiceFoundation } from '@tn/shared-testing';
import { reportingService } from './app.module';

describeServiceFoundation(reportingService);
