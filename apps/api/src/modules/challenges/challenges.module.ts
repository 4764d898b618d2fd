import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JourneysModule } from '../journeys/journeys.module';
import { ChallengeCatalogue } from './challenge-catalogue';
import { ChallengeDeadlineJob } from './challenge-deadline.job';
import { ChallengesController } from './challenges.controller';
import { ChallengesService } from './challenges.service';
import { LettersController } from './letters/letters.controller';
import { LettersService } from './letters/letters.service';
import { HerStatementController } from './statement/her-statement.controller';

/** Challenges on her journey (issue 19): the catalogue of types, the challenges and their deadlines. */
@Module({
  imports: [AuditModule, JourneysModule],
  controllers: [ChallengesController, LettersController, HerStatementController],
  providers: [ChallengesService, ChallengeCatalogue, ChallengeDeadlineJob, LettersService],
})
export class ChallengesModule {}
