import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../../common/uuid-param';
import { type Actor, Allow, CurrentActor, Origin, type RequestOrigin } from '../authz';
import { PageQueryDto } from '../../common/page-query.dto';
import { CreateNoteDto, UpdateNoteDto } from './dto/note.dto';
import { NotesService } from './notes.service';

@ApiTags('notes')
@ApiNotFoundResponse({ description: 'Missing, or not in your reach: the same answer' })
@Controller()
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get('journeys/:journeyId/notes')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'Notes, newest first; keyset pages' })
  list(@UuidParam('journeyId') journeyId: string, @Query() query: PageQueryDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.notes.list(actor, journeyId, query, origin);
  }

  @Post('journeys/:journeyId/notes')
  @Allow('journey:write')
  @ApiCreatedResponse({ description: 'The note; shared ones she will see' })
  create(@UuidParam('journeyId') journeyId: string, @Body() body: CreateNoteDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.notes.create(actor, journeyId, body, origin);
  }

  @Patch('notes/:noteId')
  @Allow('journey:write')
  @ApiOkResponse({ description: 'The note as saved; the previous version is kept' })
  @ApiConflictResponse({ description: 'Stale version: { message, current }' })
  update(@UuidParam('noteId') noteId: string, @Body() body: UpdateNoteDto, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.notes.update(actor, noteId, body, origin);
  }

  @Get('notes/:noteId/versions')
  @Allow('journey:read')
  @ApiOkResponse({ description: 'What the note said before each edit, newest first' })
  versions(@UuidParam('noteId') noteId: string, @CurrentActor() actor: Actor, @Origin() origin: RequestOrigin) {
    return this.notes.versions(actor, noteId, origin);
  }
}
