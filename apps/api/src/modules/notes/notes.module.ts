import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JourneysModule } from '../journeys/journeys.module';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';

@Module({
  imports: [AuditModule, JourneysModule],
  controllers: [NotesController],
  providers: [NotesService],
})
export class NotesModule {}
