import { DynamicModule, Global, Module } from '@nestjs/common';
import { Environment } from '../config/environment';
import { DATABASE_KIND } from '../database/database.tokens';
import { UnitOfWork } from '../database/unit-of-work';

/** What every module may inject: the validated environment and the unit of work. */
@Global()
@Module({})
export class CoreModule {
  static register(env: Environment, databaseKind: 'embedded' | 'external'): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: Environment, useValue: env }, { provide: DATABASE_KIND, useValue: databaseKind }, UnitOfWork],
      exports: [Environment, DATABASE_KIND, UnitOfWork],
    };
  }
}
