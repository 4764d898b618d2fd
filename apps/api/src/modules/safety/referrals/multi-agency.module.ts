import { Module } from '@nestjs/common';

/** Multi-agency referrals and sharing decisions (helper F). */
@Module({})
export class MultiAgencyModule {}
