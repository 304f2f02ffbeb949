import { describeServiceFoundation } from '@tn/shared-testing';
import { trainingService } from './app.module';

describeServiceFoundation(trainingService);
