import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ServiceUserAccess } from './service-user.access';
import { ServiceUsersController } from './service-users.controller';
import { ServiceUsersService } from './service-users.service';

@Module({
  imports: [AuditModule],
  controllers: [ServiceUsersController],
  providers: [ServiceUserAccess, ServiceUsersService],
  exports: [ServiceUserAccess],
})
export class ServiceUsersModule {}
