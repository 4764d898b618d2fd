import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ApiExceptionFilter } from '../common/api-exception.filter';
import { loggingParams } from '../common/logging';
import { Environment } from '../config/environment';
import { dataSourceOptions } from '../database/data-source-options';
import { AccessGuard } from '../modules/authz/access.guard';
import { AuditModule } from '../modules/audit/audit.module';
import { HealthModule } from '../modules/health/health.module';
import { IdempotencyModule } from '../modules/idempotency/idempotency.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { JourneysModule } from '../modules/journeys/journeys.module';
import { ServiceUsersModule } from '../modules/service-users/service-users.module';
import { AppointmentsModule } from '../modules/appointments/appointments.module';
import { PlansModule } from '../modules/plans/plans.module';
import { NotesModule } from '../modules/notes/notes.module';
import { TimelineModule } from '../modules/timeline/timeline.module';
import { CalendarModule } from '../modules/calendar/calendar.module';
import { PortalModule } from '../modules/portal/portal.module';
import { NotificationsModule } from '../modules/notifications/notifications.module';
import { SafeguardingModule } from '../modules/safeguarding/safeguarding.module';
import { MessagesModule } from '../modules/messages/messages.module';
import { ConversationsModule } from '../modules/conversations/conversations.module';
import { JobsModule } from '../modules/jobs/jobs.module';
import { ReferralsModule } from '../modules/referrals/referrals.module';
import { NetworkModule } from '../modules/network/network.module';
import { NetworkFiguresModule } from '../modules/network-figures/network-figures.module';
import { ConsultationsModule } from '../modules/consultations/consultations.module';
import { VoiceModule } from '../modules/voice/voice.module';
import { ChallengesModule } from '../modules/challenges/challenges.module';
import { SafetyModule } from '../modules/safety/safety.module';
import { DataProtectionModule } from '../modules/data-protection/data-protection.module';
import { DocumentsModule } from '../modules/documents/documents.module';
import { CoreModule } from './core.module';

export interface AppOptions {
  env: Environment;
  database: { url: string; kind: 'embedded' | 'external' };
}

@Module({})
export class AppModule {
  static register({ env, database }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // The environment was validated (Environment, class-validator) before start-up; ConfigService serves it.
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ ...env })] }),
        LoggerModule.forRoot(loggingParams(env.LOG_LEVEL, env.LOG_FILE)),
        TypeOrmModule.forRoot(dataSourceOptions(database.url, env.DATABASE_POOL_SIZE, database.kind)),
        CoreModule.register(env, database.kind),
        DiscoveryModule,
        JobsModule,
        AuditModule,
        HealthModule,
        IdempotencyModule,
        IdentityModule,
        JourneysModule,
        ServiceUsersModule,
        AppointmentsModule,
        PlansModule,
        NotesModule,
        TimelineModule,
        CalendarModule,
        PortalModule,
        NotificationsModule,
        SafeguardingModule,
        MessagesModule,
        ConversationsModule,
        NetworkFiguresModule,
        ConsultationsModule,
        VoiceModule,
        ChallengesModule,
        DocumentsModule,
        SafetyModule,
        DataProtectionModule,
        ReferralsModule,
        NetworkModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
