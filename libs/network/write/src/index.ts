export { NetworkWriteModule } from './service/network-write.module';
