import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobRunner } from './job-runner';

/** The background job runner; it finds every module's jobs (@Job()). Global: any module may have jobs. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [JobRunner],
  exports: [JobRunner],
})
export class JobsModule {}
