export { ReportingWriteModule } from './service/reporting-write.module';
