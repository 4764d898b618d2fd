import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { Environment } from '../config/environment';
import { DATABASE_KIND } from '../database/database.tokens';
import { UnitOfWork } from '../database/unit-of-work';

/** What every module may inject: the validated environment, the unit of work and the clock. */
@Global()
@Module({})
export class CoreModule {
  static register(env: Environment, databaseKind: 'embedded' | 'external'): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: Environment, useValue: env }, { provide: DATABASE_KIND, useValue: databaseKind }, UnitOfWork, Clock],
      exports: [Environment, DATABASE_KIND, UnitOfWork, Clock],
    };
  }
}
