// The challenges module's public surface: her portal reads her challenges and letters in plain words, and downloads a letter.
export { herChallenges } from './her-challenges';
export { herLetters } from './letters/her-letters';
export { letterFile } from './letters/letters.service';
export { findHerLetterWords } from './letters/letter.repository';
export { sendLetterFile } from './letters/letters.controller';
export { findHerStatement, saveStatement, shareStatement, statementMarkdown } from './statement/her-statement';
export { HerStatementSharingDto, SaveHerStatementDto } from './dto/her-statement.dto';
export { challengeDeadlineViews, challengeDeadlinesAtGlance } from './deadlines/deadline-views';
export { addCalendarMonths, daysLeft, deadlineFor, nextWorkingDayFrom } from './deadlines/challenge-deadline';
