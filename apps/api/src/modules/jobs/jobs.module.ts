import { Global, Module } from '@nestjs/common';
import { JobRunner } from './job-runner';

/** The background job runner; every module's jobs register with it. Global: any module may have jobs. */
@Global()
@Module({
  providers: [JobRunner],
  exports: [JobRunner],
})
export class JobsModule {}
