import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NetworkFiguresController } from './network-figures.controller';
import { NetworkPoolSettingController } from './network-pool-setting.controller';
import { NetworkFiguresService } from './network-figures.service';

/** Pooled network figures that identify no one (issue 17.4), and each member's decision to share its own. */
@Module({
  imports: [AuditModule],
  controllers: [NetworkFiguresController, NetworkPoolSettingController],
  providers: [NetworkFiguresService],
})
export class NetworkFiguresModule {}
