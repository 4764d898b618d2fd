import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

/** The network operator's side of the network (issue 17): member organisations and their admins. */
@Module({
  imports: [AuditModule, IdentityModule],
  controllers: [OrganisationsController],
  providers: [OrganisationsService],
})
export class NetworkModule {}
