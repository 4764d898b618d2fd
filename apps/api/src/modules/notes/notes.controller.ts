import { Body, Query } from '@nestjs/common';
import { UuidParam } from '../../common/uuid-param';
import { OUT_OF_REACH, STALE_VERSION } from '../../common/route-answers';
import { type Caller, CurrentCaller, Route, RouteGroup } from '../authz';
import { PageQueryDto } from '../../common/page-query.dto';
import { CreateNoteDto, UpdateNoteDto } from './dto/note.dto';
import { NotesService } from './notes.service';

@RouteGroup('notes', { notFound: OUT_OF_REACH })
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Route.get('journeys/:journeyId/notes', 'journey:read', { ok: 'Notes, newest first; keyset pages' })
  list(@UuidParam('journeyId') journeyId: string, @Query() query: PageQueryDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.notes.list(actor, journeyId, query, origin);
  }

  @Route.post('journeys/:journeyId/notes', 'journey:write', { created: 'The note; shared ones she will see' })
  create(@UuidParam('journeyId') journeyId: string, @Body() body: CreateNoteDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.notes.create(actor, journeyId, body, origin);
  }

  @Route.patch('notes/:noteId', 'journey:write', { ok: 'The note as saved; the previous version is kept', conflict: STALE_VERSION })
  update(@UuidParam('noteId') noteId: string, @Body() body: UpdateNoteDto, @CurrentCaller() { actor, origin }: Caller) {
    return this.notes.update(actor, noteId, body, origin);
  }

  @Route.get('notes/:noteId/versions', 'journey:read', { ok: 'What the note said before each edit, newest first' })
  versions(@UuidParam('noteId') noteId: string, @CurrentCaller() { actor, origin }: Caller) {
    return this.notes.versions(actor, noteId, origin);
  }
}
