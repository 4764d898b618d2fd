import { BadRequestException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RETENTION_RECORD_TYPES, type RetentionRecordType, type RetentionRuleView } from '@beside/shared/contracts';
import { Clock } from '../../../common/clock';
import { staleVersion } from '../../../database/versioned-update';
import { AuditedWork } from '../../audit';
import type { Actor, RequestOrigin } from '../../authz';
import { filled } from '../text';
import type { SaveRetentionRuleDto } from './dto/retention.dto';
import { RETENTION_DEFAULTS } from './retention-defaults';
import { findRules, saveRule } from './retention.repository';

/** The retention schedule: the defaults in code, overlaid by the organisation's own periods. */
@Injectable()
export class RetentionRulesService {
  constructor(
    private readonly work: AuditedWork,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor, origin: RequestOrigin): Promise<RetentionRuleView[]> {
    return this.work.run(actor, origin, async (em, audit) => {
      await audit({ action: 'retention.read', entityType: 'retention_rule' });
      return this.views(em);
    });
  }

  save(actor: Actor, type: string, body: SaveRetentionRuleDto, origin: RequestOrigin): Promise<RetentionRuleView> {
    if (!(RETENTION_RECORD_TYPES as readonly string[]).includes(type)) throw new BadRequestException([`recordType must be one of: ${RETENTION_RECORD_TYPES.join(', ')}`]);
    const recordType = type as RetentionRecordType;
    const reason = filled('reason', body.reason);
    return this.work.run(actor, origin, async (em, audit) => {
      const before = (await this.views(em)).find((r) => r.recordType === recordType) as RetentionRuleView;
      if (!(await saveRule(em, actor.organisationId, recordType, body.version, body.keepMonths, reason, actor.userId, this.clock.now()))) throw staleVersion(before);
      await audit({
        action: 'retention.rule_saved',
        entityType: 'retention_rule',
        detail: { recordType, before: { keepMonths: before.keepMonths, isDefault: before.isDefault }, after: { keepMonths: body.keepMonths } },
      });
      return (await this.views(em)).find((r) => r.recordType === recordType) as RetentionRuleView;
    });
  }

  private async views(em: EntityManager): Promise<RetentionRuleView[]> {
    const own = await findRules(em);
    return RETENTION_RECORD_TYPES.map((recordType) => {
      const d = RETENTION_DEFAULTS[recordType];
      const o = own.find((r) => r.recordType === recordType);
      return {
        recordType,
        keepMonths: o?.keepMonths ?? d.keepMonths,
        reason: o?.reason ?? d.reason,
        defaultMonths: d.keepMonths,
        isDefault: !o,
        updatedBy: o?.updatedBy ?? null,
        updatedAt: o?.updatedAt.toISOString() ?? null,
        version: o?.version ?? 0,
      };
    });
  }
}
