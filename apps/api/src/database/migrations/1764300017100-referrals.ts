import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Referrals between member organisations, with her consent (issue 17.3): linked by reference, not by
 * shared rows. One `referral` row per side, each in its own organisation under row-level security:
 * the sending organisation's row (direction 'outgoing': her, the journey it came from, the consent)
 * and the receiving organisation's row ('incoming': the shared record, only the parts she agreed to,
 * copied when it was sent). Both carry the same `link_id` and `reference`; no organisation ever reads
 * the other's row. The API keeps the two in step in one transaction (UnitOfWork.within).
 */
export class Referrals1764300017100 implements MigrationInterface {
  name = 'Referrals1764300017100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        link_id uuid NOT NULL,
        reference varchar(12) NOT NULL,
        direction varchar(10) NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
        other_organisation_id uuid NOT NULL REFERENCES organisation(id),
        status varchar(10) NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'accepted', 'declined', 'withdrawn')),
        reason varchar(2000) NOT NULL,
        consent_parts text[] NOT NULL
          CHECK (cardinality(consent_parts) > 0 AND consent_parts <@ ARRAY['profile', 'safe_contact', 'plan_items']::text[]),
        consent_how varchar(20) NOT NULL CHECK (consent_how IN ('in_person', 'phone', 'video', 'in_writing', 'her_portal')),
        consent_given_on date NOT NULL,
        consent_goal_ids uuid[],
        consent_recorded_by uuid,
        service_user_id uuid,
        journey_id uuid,
        shared jsonb,
        sent_at timestamptz NOT NULL DEFAULT now(),
        sent_by uuid,
        sent_by_name varchar(200) NOT NULL,
        responded_at timestamptz,
        responded_by uuid,
        decline_reason varchar(2000),
        withdrawn_at timestamptz,
        withdrawn_by uuid,
        withdrawn_by_role varchar(20) CHECK (withdrawn_by_role IN ('service_user', 'advocate', 'manager')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, link_id),
        UNIQUE (organisation_id, reference),
        CHECK (other_organisation_id <> organisation_id),
        -- The sender's row: her, the journey, who recorded the consent; never the shared copy.
        CHECK (direction = 'incoming'
               OR (shared IS NULL AND service_user_id IS NOT NULL AND journey_id IS NOT NULL AND sent_by IS NOT NULL AND consent_recorded_by IS NOT NULL)),
        -- The receiver's row: no one of the sender's, no goal ids of the sender's plan.
        CHECK (direction = 'outgoing' OR (consent_goal_ids IS NULL AND consent_recorded_by IS NULL AND sent_by IS NULL AND withdrawn_by IS NULL)),
        CHECK ((consent_goal_ids IS NOT NULL AND cardinality(consent_goal_ids) > 0) = (direction = 'outgoing' AND 'plan_items' = ANY (consent_parts))),
        CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
        CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL)),
        CHECK ((status IN ('accepted', 'declined')) = (responded_at IS NOT NULL)),
        -- By id here; the organisation-keys migration (1764300017900) makes them (organisation_id, x_id) like every other.
        FOREIGN KEY (journey_id) REFERENCES journey (id),
        FOREIGN KEY (service_user_id) REFERENCES service_user (id)
      )`);
    // One open referral of a journey to one organisation at a time.
    await q.query(`
      CREATE UNIQUE INDEX referral_one_open ON referral (organisation_id, journey_id, other_organisation_id)
      WHERE direction = 'outgoing' AND status = 'sent'`);
    await q.query(`CREATE INDEX referral_inbox_idx ON referral (organisation_id, direction, status, sent_at DESC)`);
    await q.query(`CREATE INDEX referral_journey_idx ON referral (organisation_id, journey_id) WHERE journey_id IS NOT NULL`);
    await q.query(`CREATE INDEX referral_service_user_idx ON referral (organisation_id, service_user_id) WHERE service_user_id IS NOT NULL`);

    await q.query(`ALTER TABLE referral ENABLE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY referral_organisation ON referral
        USING (organisation_id = (SELECT beside_current_organisation()))
        WITH CHECK (organisation_id = (SELECT beside_current_organisation()))`);
    await q.query(`
      CREATE POLICY referral_not_network_operator ON referral AS RESTRICTIVE
        USING ((SELECT beside_current_role()) IS DISTINCT FROM 'network_admin')`);
    // In her own context, only the referrals of her own record (as her other records).
    await q.query(`
      CREATE POLICY referral_her_own ON referral AS RESTRICTIVE
        USING ((SELECT beside_current_role()) IS DISTINCT FROM 'service_user'
               OR (direction = 'outgoing' AND service_user_id = (SELECT beside_own_service_user())))
        WITH CHECK ((SELECT beside_current_role()) IS DISTINCT FROM 'service_user'
               OR (direction = 'outgoing' AND service_user_id = (SELECT beside_own_service_user())))`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON referral TO beside_app`);

    // The other side of this organisation's referrals, by name and status (a suspended receiver holds them):
    // staff see those of all its referrals, she those of her own; nothing else of another organisation.
    await q.query(`
      CREATE FUNCTION beside_referral_counterparts()
      RETURNS TABLE (id uuid, name varchar, status varchar)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT o.id, o.name, o.status
        FROM organisation o
        WHERE o.kind = 'member' AND EXISTS (
          SELECT 1 FROM referral r
          WHERE r.organisation_id = beside_current_organisation() AND r.other_organisation_id = o.id
            AND (beside_current_role() IN ('advocate', 'manager')
                 OR (beside_current_role() = 'service_user' AND r.direction = 'outgoing' AND r.service_user_id = beside_own_service_user())))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_referral_counterparts() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_referral_counterparts() TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_referral_counterparts()`);
    await q.query(`DROP TABLE referral`);
  }
}
