import { Injectable } from '@nestjs/common';
import type { NoteVersionView, NoteView } from '@beside/shared/contracts';
import type { Page } from '@beside/shared/util';
import { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/cursor';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditWriter } from '../audit/audit-writer';
import type { Actor, RequestOrigin } from '../authz/actor';
import { identityContext } from '../identity/identity-context';
import { JourneyAccess } from '../journeys/journey-access';
import { JourneyRecordAccess } from '../journeys/journey-record-access';
import { pickChanges, staleVersion, versionedUpdate } from '../journeys/versioned-update';
import { PageQueryDto } from '../plans/dto/plan.dto';
import { CreateNoteDto, UpdateNoteDto } from './dto/note.dto';

const NOTE_SELECT = `
  SELECT n.id, n.journey_id AS "journeyId", n.visibility, n.body, n.created_at AS "createdAt", c.display_name AS "createdByName",
         n.updated_at AS "updatedAt", n.version, n.created_at::text AS cursor_at
  FROM note n LEFT JOIN user_account c ON c.id = n.created_by`;

async function findNote(em: EntityManager, noteId: string): Promise<NoteView | null> {
  const [row]: (NoteView & { cursor_at?: string })[] = await em.query(`${NOTE_SELECT} WHERE n.id = $1`, [noteId]);
  if (!row) return null;
  delete row.cursor_at;
  return row;
}

@Injectable()
export class NotesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly journeys: JourneyAccess,
    private readonly records: JourneyRecordAccess,
    private readonly audit: AuditWriter,
  ) {}

  /** A journey's notes, newest first, a page at a time (staff routes: staff and shared notes both). */
  async list(actor: Actor, journeyId: string, query: PageQueryDto, origin: RequestOrigin): Promise<Page<NoteView>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, 2);
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const rows: (NoteView & { cursor_at: string })[] = await em.query(
        `${NOTE_SELECT}
         WHERE n.journey_id = $1 AND ($2::timestamptz IS NULL OR (n.created_at, n.id) < ($2::timestamptz, $3::uuid))
         ORDER BY n.created_at DESC, n.id DESC LIMIT $4`,
        [journeyId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      await this.audit.append(em, actor, origin, [
        { action: 'note.list', entityType: 'note', subjectId: scope.serviceUserId, detail: { journeyId, count: page.length, ids: page.map((r) => r.id) } },
      ]);
      return { items: page.map(({ cursor_at: _c, ...n }) => n), nextCursor: rows.length > limit && last ? encodeCursor([last.cursor_at, last.id]) : null };
    });
  }

  async create(actor: Actor, journeyId: string, body: CreateNoteDto, origin: RequestOrigin): Promise<NoteView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.journeys.require(em, actor, journeyId);
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO note (organisation_id, journey_id, service_user_id, visibility, body, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [actor.organisationId, journeyId, scope.serviceUserId, body.visibility, body.body, actor.userId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'note.created', entityType: 'note', entityId: row.id, subjectId: scope.serviceUserId, detail: { visibility: body.visibility } },
      ]);
      return (await findNote(em, row.id)) as NoteView;
    });
  }

  /** An edit keeps what the note said before, as it said it, in note_version. */
  async update(actor: Actor, noteId: string, body: UpdateNoteDto, origin: RequestOrigin): Promise<NoteView> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'note', noteId);
      await em.query(
        `INSERT INTO note_version (organisation_id, note_id, version, visibility, body, written_at, written_by)
         SELECT organisation_id, id, version, visibility, body, updated_at, updated_by FROM note WHERE id = $1 AND version = $2`,
        [noteId, body.version],
      );
      const { changes, fields } = pickChanges(body, { visibility: 'visibility', body: 'body' });
      if (!(await versionedUpdate(em, 'note', noteId, body.version, changes, actor.userId))) throw staleVersion(await findNote(em, noteId));
      await this.audit.append(em, actor, origin, [
        { action: 'note.updated', entityType: 'note', entityId: noteId, subjectId: scope.serviceUserId, detail: { fields } },
      ]);
      return (await findNote(em, noteId)) as NoteView;
    });
  }

  /** Earlier versions of a note, newest first (staff only: these are staff routes). */
  async versions(actor: Actor, noteId: string, origin: RequestOrigin): Promise<NoteVersionView[]> {
    return this.uow.run(identityContext(actor), async (em) => {
      const scope = await this.records.require(em, actor, 'note', noteId);
      const rows: NoteVersionView[] = await em.query(
        `SELECT v.version, v.visibility, v.body, v.written_at AS "writtenAt", u.display_name AS "writtenByName"
         FROM note_version v LEFT JOIN user_account u ON u.id = v.written_by
         WHERE v.note_id = $1 ORDER BY v.version DESC LIMIT 500`,
        [noteId],
      );
      await this.audit.append(em, actor, origin, [
        { action: 'note.read', entityType: 'note', entityId: noteId, subjectId: scope.serviceUserId, detail: { history: true, versions: rows.map((r) => r.version) } },
      ]);
      return rows;
    });
  }
}
