import { Module } from '@nestjs/common';

/** Her safety plan (helper E). */
@Module({})
export class SafetyPlanModule {}
