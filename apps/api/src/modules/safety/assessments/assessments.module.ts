import { Module } from '@nestjs/common';

/** Risk checklists and assessments done with her (helper D). */
@Module({})
export class AssessmentsModule {}
