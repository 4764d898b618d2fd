import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { RiskChecklistBody, RiskChecklistVersionView, RiskChecklistView } from '@beside/shared/contracts';
import { AuditedWork } from '../../../audit';
import type { Actor, RequestOrigin } from '../../../authz';
import type { CreateRiskChecklistDto, RiskChecklistBodyDto } from '../dto/risk-checklist.dto';
import { checklistProblems } from './checklist-rules';
import {
  ensureChecklistRow,
  findChecklistRows,
  findVersionRows,
  insertChecklistRow,
  insertVersion,
  updateChecklistRow,
  updateVersion,
  versionInUse,
  type VersionRow,
} from './risk-checklist.repository';
import { SHIPPED_CHECKLIST, SHIPPED_CHECKLIST_KEY, SHIPPED_VERSION } from './shipped-checklist';

export const CHECKLIST_NOT_FOUND = 'Risk checklist not found';

/** The version a new assessment is made with. */
export interface ChecklistToAsk {
  key: string;
  version: number;
  body: RiskChecklistBody;
}

/**
 * The organisation's risk checklists: the one shipped with Beside (version 1 lives in the code) with the organisation's
 * later versions of it, and its own. A version used by an assessment is fixed; a new version replaces it for new ones.
 */
@Injectable()
export class RiskChecklists {
  constructor(private readonly work: AuditedWork) {}

  list(actor: Actor, origin: RequestOrigin): Promise<RiskChecklistView[]> {
    return this.work.run(actor, origin, (em) => this.checklists(em));
  }

  /** The current version of a checklist in use: 400 naming the ones that can be used, for an unknown or archived key. */
  async forNewAssessment(em: EntityManager, key: string): Promise<ChecklistToAsk> {
    const usable = (await this.checklists(em)).filter((c) => !c.archived);
    const checklist = usable.find((c) => c.key === key);
    if (!checklist) throw new BadRequestException([`checklistKey must be one of: ${usable.map((c) => c.key).join(', ')}`]);
    const current = checklist.versions[checklist.versions.length - 1];
    return { key, version: current.version, body: bodyOf(current) };
  }

  create(actor: Actor, body: CreateRiskChecklistDto, origin: RequestOrigin): Promise<RiskChecklistView> {
    const { key, ...content } = body;
    const checked = assertChecklist(content);
    const taken = () => new ConflictException(`The key '${key}' is in use by another checklist: choose another key, or add a version to that checklist.`);
    if (key === SHIPPED_CHECKLIST_KEY) throw taken();
    return this.work.run(actor, origin, async (em, audit) => {
      if (!(await insertChecklistRow(em, { organisationId: actor.organisationId, key, name: checked.name, userId: actor.userId }))) throw taken();
      await insertVersion(em, { organisationId: actor.organisationId, key, version: 1, body: checked, userId: actor.userId });
      await audit({ action: 'risk_checklist.added', entityType: 'risk_checklist', detail: { key, version: 1, questions: checked.questions.length } });
      return this.require(em, key);
    });
  }

  /** A new version, used for assessments from now on (an archived checklist is brought back by it). */
  addVersion(actor: Actor, key: string, body: RiskChecklistBodyDto, origin: RequestOrigin): Promise<RiskChecklistView> {
    const checked = assertChecklist(body);
    return this.work.run(actor, origin, async (em, audit) => {
      const checklist = await this.require(em, key);
      const version = checklist.currentVersion + 1;
      await ensureChecklistRow(em, { organisationId: actor.organisationId, key, name: checked.name, userId: actor.userId });
      await insertVersion(em, { organisationId: actor.organisationId, key, version, body: checked, userId: actor.userId });
      await updateChecklistRow(em, key, { name: checked.name, archived: false });
      await audit({ action: 'risk_checklist.version_added', entityType: 'risk_checklist', detail: { key, version, questions: checked.questions.length } });
      return this.require(em, key);
    });
  }

  /** Changes a version no assessment has used yet; the shipped version and a version in use answer 409. */
  editVersion(actor: Actor, key: string, version: number, body: RiskChecklistBodyDto, origin: RequestOrigin): Promise<RiskChecklistView> {
    const checked = assertChecklist(body);
    return this.work.run(actor, origin, async (em, audit) => {
      const checklist = await this.require(em, key);
      const found = checklist.versions.find((v) => v.version === version);
      if (!found) throw new NotFoundException(`Version ${version} of this checklist not found`);
      if (found.shipped) throw new ConflictException('The version shipped with Beside cannot be changed: add a new version of it instead.');
      if (found.inUse) throw usedVersion(key, version);
      const saved = await updateVersion(em, { key, version, body: checked, userId: actor.userId }).catch((e: unknown) => {
        // An assessment made with it in the meantime: the database keeps the version as it was.
        if (e instanceof QueryFailedError && (e as unknown as { code?: string }).code === '23514') throw usedVersion(key, version);
        throw e;
      });
      if (!saved) throw new NotFoundException(`Version ${version} of this checklist not found`);
      if (version === checklist.currentVersion) await updateChecklistRow(em, key, { name: checked.name });
      await audit({ action: 'risk_checklist.version_changed', entityType: 'risk_checklist', detail: { key, version, questions: checked.questions.length } });
      return this.require(em, key);
    });
  }

  /** No new assessments with it; those made with it keep it. */
  archive(actor: Actor, key: string, origin: RequestOrigin): Promise<RiskChecklistView> {
    return this.work.run(actor, origin, async (em, audit) => {
      const checklist = await this.require(em, key);
      await ensureChecklistRow(em, { organisationId: actor.organisationId, key, name: checklist.name, userId: actor.userId });
      await updateChecklistRow(em, key, { archived: true });
      await audit({ action: 'risk_checklist.archived', entityType: 'risk_checklist', detail: { key } });
      return this.require(em, key);
    });
  }

  private async require(em: EntityManager, key: string): Promise<RiskChecklistView> {
    const checklist = (await this.checklists(em)).find((c) => c.key === key);
    if (!checklist) throw new NotFoundException(CHECKLIST_NOT_FOUND);
    return checklist;
  }

  private async checklists(em: EntityManager): Promise<RiskChecklistView[]> {
    const [rows, versions, shippedInUse] = [await findChecklistRows(em), await findVersionRows(em), await versionInUse(em, SHIPPED_CHECKLIST_KEY, SHIPPED_VERSION)];
    const stored = (key: string) => versions.filter((v) => v.checklistKey === key).map(versionView);
    const shippedRow = rows.find((r) => r.key === SHIPPED_CHECKLIST_KEY);
    const shipped = checklistView(SHIPPED_CHECKLIST_KEY, shippedRow?.archived ?? false, [
      { ...SHIPPED_CHECKLIST, checklistKey: SHIPPED_CHECKLIST_KEY, version: SHIPPED_VERSION, shipped: true, inUse: shippedInUse, createdAt: null },
      ...stored(SHIPPED_CHECKLIST_KEY),
    ]);
    const own = rows.filter((r) => r.key !== SHIPPED_CHECKLIST_KEY).map((r) => checklistView(r.key, r.archived, stored(r.key)));
    return [shipped, ...own.filter((c) => c.versions.length)];
  }
}

function checklistView(key: string, archived: boolean, versions: RiskChecklistVersionView[]): RiskChecklistView {
  const current = versions[versions.length - 1];
  return { key, name: current?.name ?? key, currentVersion: current?.version ?? 0, archived, versions };
}

function versionView(row: VersionRow): RiskChecklistVersionView {
  return { ...bodyOf(row.body), checklistKey: row.checklistKey, version: row.version, shipped: false, inUse: row.inUse, createdAt: new Date(row.createdAt).toISOString() };
}

/** A version's content, without what the list adds. */
function bodyOf(v: RiskChecklistBody): RiskChecklistBody {
  return { name: v.name, guidance: v.guidance, questions: v.questions, thresholds: v.thresholds, source: v.source };
}

/** The body as stored: plain data, no DTO classes, every rule kept (400 naming each problem). */
function assertChecklist(body: RiskChecklistBody): RiskChecklistBody {
  const plain: RiskChecklistBody = {
    name: body.name,
    guidance: body.guidance,
    source: body.source,
    thresholds: { medium: body.thresholds.medium, high: body.thresholds.high, marac: body.thresholds.marac },
    questions: body.questions.map((q) => ({
      key: q.key,
      text: q.text,
      guidance: q.guidance ?? null,
      required: q.required,
      options: q.options.map((o) => ({ key: o.key, label: o.label, weight: o.weight })),
    })),
  };
  const problems = checklistProblems(plain);
  if (problems.length) throw new BadRequestException(problems);
  return plain;
}

function usedVersion(key: string, version: number): ConflictException {
  return new ConflictException(`Version ${version} of '${key}' has been used by a risk assessment, so it cannot change: add a new version instead.`);
}
