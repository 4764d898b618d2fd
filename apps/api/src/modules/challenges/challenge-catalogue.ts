import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ChallengeTypeDefinition, ChallengeTypeView } from '@beside/shared/contracts';
import { AuditedWork } from '../audit';
import type { Actor, RequestOrigin } from '../authz';
import { DEFAULT_CHALLENGE_TYPES } from './catalogue/default-challenge-types';
import { overlay } from './catalogue/overlay';
import { findOwnRows, saveOwnRow } from './catalogue/own-rows.repository';
import type { SaveChallengeTypeDto } from './dto/challenge-type.dto';

export const TYPE_KEY = /^[a-z][a-z0-9_]{0,39}$/;

/** The organisation's catalogue: the defaults (in the code, so new ones reach everyone) with its own changes and types. */
@Injectable()
export class ChallengeCatalogue {
  constructor(private readonly work: AuditedWork) {}

  list(actor: Actor, origin: RequestOrigin): Promise<ChallengeTypeView[]> {
    return this.work.run(actor, origin, (em) => this.types(em));
  }

  /** The type a new challenge is opened with: 400 naming the known ones for an unknown or archived key. */
  async forNewChallenge(em: EntityManager, key: string): Promise<ChallengeTypeDefinition> {
    const types = await this.types(em);
    const type = types.find((t) => t.key === key && !t.archived);
    if (!type) throw new BadRequestException([`typeKey must be one of: ${types.filter((t) => !t.archived).map((t) => t.key).join(', ')}`]);
    return { key: type.key, name: type.name, bodyHint: type.bodyHint, stages: type.stages };
  }

  save(actor: Actor, key: string, body: SaveChallengeTypeDto, origin: RequestOrigin): Promise<ChallengeTypeView> {
    assertKey(key);
    const keys = body.stages.map((s) => s.key);
    const twice = keys.find((k, i) => keys.indexOf(k) !== i);
    if (twice) throw new BadRequestException([`stages: the key "${twice}" is used twice`]);
    const definition: ChallengeTypeDefinition = {
      key,
      name: body.name,
      bodyHint: body.bodyHint,
      stages: body.stages.map((s) => ({ key: s.key, name: s.name, description: s.description, limit: s.limit ? { ...s.limit } : null })),
    };
    return this.work.run(actor, origin, async (em, audit) => {
      const existed = (await this.types(em)).some((t) => t.key === key);
      await saveOwnRow(em, 'challenge_type', actor.organisationId, { key, definition, archived: false }, actor.userId);
      await audit({ action: existed ? 'challenge_type.changed' : 'challenge_type.added', entityType: 'challenge_type', detail: { key } });
      return this.require(em, key);
    });
  }

  archive(actor: Actor, key: string, origin: RequestOrigin): Promise<ChallengeTypeView> {
    assertKey(key);
    return this.work.run(actor, origin, async (em, audit) => {
      const type = await this.require(em, key);
      const { key: k, name, bodyHint, stages } = type;
      await saveOwnRow(em, 'challenge_type', actor.organisationId, { key, definition: { key: k, name, bodyHint, stages }, archived: true }, actor.userId);
      await audit({ action: 'challenge_type.archived', entityType: 'challenge_type', detail: { key } });
      return this.require(em, key);
    });
  }

  private async require(em: EntityManager, key: string): Promise<ChallengeTypeView> {
    const type = (await this.types(em)).find((t) => t.key === key);
    if (!type) throw new NotFoundException('Challenge type not found');
    return type;
  }

  /** The organisation's catalogue as it stands, archived types included. */
  async types(em: EntityManager): Promise<ChallengeTypeView[]> {
    return overlay(DEFAULT_CHALLENGE_TYPES, await findOwnRows<ChallengeTypeDefinition>(em, 'challenge_type'));
  }
}

export function assertKey(key: string): void {
  if (!TYPE_KEY.test(key)) throw new BadRequestException(['key must be lower-case letters, digits and _, starting with a letter, up to 40 characters']);
}
