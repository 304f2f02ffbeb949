import { describeServiceFoundation } from '@tn/shared-testing';
import { campaignsService } from './app.module';

describeServiceFoundation(campaignsService);
