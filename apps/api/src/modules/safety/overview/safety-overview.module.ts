import { Module } from '@nestjs/common';

/** The managers' safety overview and reminders. */
@Module({})
export class SafetyOverviewModule {}
