import { MigrationInterface, QueryRunner } from 'typeorm';
import { changeNotificationKinds } from './notification-kinds';

/**
 * Requests from the women and the breach register (issue 21; docs/DATA-PROTECTION.md).
 *
 * - `data_request`: a request under UK GDPR Articles 15–21 with its one-month clock (Article 12(3)), an extension of
 *   up to two further months with its reason, the decision with its reason and the exemptions weighed, and the answer
 *   sent. Its status follows from what is recorded (a check says so). She reads her own and makes new ones from her
 *   portal; she changes none.
 * - `breach` and `breach_action`: the register (Articles 33 and 34): what happened, when it was found (the 72 hours run
 *   from there), the risk and its reasoning, the decisions whether to tell the Information Commissioner and the women
 *   affected, each with its reason, and the actions taken. Never hers to read.
 * Case content: organisation isolation, hidden from the network operator and the panel like the rest of the record.
 */
export class DataRequestsBreaches1764300024000 implements MigrationInterface {
  name = 'DataRequestsBreaches1764300024000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_request (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        service_user_id uuid NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure', 'restriction', 'objection')),
        channel varchar(12) NOT NULL CHECK (channel IN ('portal', 'letter', 'in_person', 'email', 'phone')),
        details varchar(4000) NOT NULL CHECK (length(btrim(details)) > 0),
        received_on date NOT NULL,
        due_on date NOT NULL,
        extended_to date,
        extension_months smallint CHECK (extension_months IN (1, 2)),
        extension_reason varchar(2000),
        extended_by uuid,
        extended_at timestamptz,
        status varchar(10) NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'extended', 'decided', 'answered')),
        decision varchar(16) CHECK (decision IN ('granted', 'partly_granted', 'refused')),
        decision_reason varchar(4000),
        exemptions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(exemptions) = 'array'),
        decided_by uuid,
        decided_at timestamptz,
        answer varchar(8000),
        answered_on date,
        answered_by uuid,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (organisation_id, id),
        -- One month from receipt, moved at most to the next working day.
        CHECK (due_on > received_on AND due_on <= (received_on + interval '1 month')::date + 7),
        -- An extension has its reason, and is of at most two further months (three from receipt, then the next working day).
        CHECK ((extended_to IS NULL) = (extension_reason IS NULL) AND (extended_to IS NULL) = (extension_months IS NULL)
               AND (extended_to IS NULL) = (extended_by IS NULL) AND (extended_to IS NULL) = (extended_at IS NULL)),
        CHECK (extended_to IS NULL OR (extended_to > due_on AND extended_to <= (received_on + interval '3 months')::date + 7)),
        -- A decision has its reason; an answer has its words and its date, and comes after the decision.
        CHECK ((decision IS NULL) = (decision_reason IS NULL) AND (decision IS NULL) = (decided_by IS NULL) AND (decision IS NULL) = (decided_at IS NULL)),
        CHECK (decision_reason IS NULL OR length(btrim(decision_reason)) > 0),
        CHECK ((answered_on IS NULL) = (answer IS NULL) AND (answered_on IS NULL) = (answered_by IS NULL)),
        CHECK (answered_on IS NULL OR (decision IS NOT NULL AND answered_on >= received_on)),
        CHECK (status = CASE WHEN answered_on IS NOT NULL THEN 'answered' WHEN decision IS NOT NULL THEN 'decided'
                             WHEN extended_to IS NOT NULL THEN 'extended' ELSE 'received' END),
        FOREIGN KEY (organisation_id, service_user_id) REFERENCES service_user (organisation_id, id),
        FOREIGN KEY (organisation_id, created_by) REFERENCES user_account (organisation_id, id),
        FOREIGN KEY (organisation_id, extended_by) REFERENCES user_account (organisation_id, id),
        FOREIGN KEY (organisation_id, decided_by) REFERENCES user_account (organisation_id, id),
        FOREIGN KEY (organisation_id, answered_by) REFERENCES user_account (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX data_request_service_user_idx ON data_request (organisation_id, service_user_id, received_on DESC)`);
    await q.query(`CREATE INDEX data_request_open_idx ON data_request (organisation_id, coalesce(extended_to, due_on)) WHERE answered_on IS NULL`);

    await q.query(`
      CREATE TABLE breach (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        reference varchar(16) NOT NULL CHECK (reference ~ '^B-[0-9]{4}-[0-9]{4,}$'),
        summary varchar(4000) NOT NULL CHECK (length(btrim(summary)) > 0),
        occurred_at timestamptz,
        found_at timestamptz NOT NULL,
        records_affected varchar(2000) NOT NULL,
        people_affected integer NOT NULL CHECK (people_affected >= 0),
        risk varchar(10) CHECK (risk IN ('unlikely', 'risk', 'high_risk')),
        risk_reasoning varchar(4000),
        ico_tell boolean,
        ico_reason varchar(4000),
        ico_decided_by uuid,
        ico_decided_at timestamptz,
        ico_told_at timestamptz,
        ico_reference varchar(100),
        women_tell boolean,
        women_reason varchar(4000),
        women_decided_by uuid,
        women_decided_at timestamptz,
        women_told_at timestamptz,
        closed_at timestamptz,
        closed_by uuid,
        recorded_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, reference),
        CHECK (occurred_at IS NULL OR occurred_at <= found_at),
        -- A risk is assessed with its reasoning; each decision has its reason; told only when the decision was to tell.
        CHECK ((risk IS NULL) = (risk_reasoning IS NULL)),
        CHECK ((ico_tell IS NULL) = (ico_reason IS NULL) AND (ico_tell IS NULL) = (ico_decided_by IS NULL) AND (ico_tell IS NULL) = (ico_decided_at IS NULL)),
        CHECK ((ico_told_at IS NULL AND ico_reference IS NULL) OR ico_tell),
        CHECK ((women_tell IS NULL) = (women_reason IS NULL) AND (women_tell IS NULL) = (women_decided_by IS NULL) AND (women_tell IS NULL) = (women_decided_at IS NULL)),
        CHECK (women_told_at IS NULL OR women_tell),
        -- Closed only once both decisions are recorded.
        CHECK ((closed_at IS NULL) = (closed_by IS NULL)),
        CHECK (closed_at IS NULL OR (ico_tell IS NOT NULL AND women_tell IS NOT NULL)),
        FOREIGN KEY (organisation_id, recorded_by) REFERENCES user_account (organisation_id, id),
        FOREIGN KEY (organisation_id, ico_decided_by) REFERENCES user_account (organisation_id, id),
        FOREIGN KEY (organisation_id, women_decided_by) REFERENCES user_account (organisation_id, id),
        FOREIGN KEY (organisation_id, closed_by) REFERENCES user_account (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX breach_list_idx ON breach (organisation_id, (closed_at IS NOT NULL), found_at DESC)`);
    await q.query(`
      CREATE TABLE breach_action (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        breach_id uuid NOT NULL,
        what varchar(2000) NOT NULL CHECK (length(btrim(what)) > 0),
        taken_by uuid NOT NULL,
        taken_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, breach_id) REFERENCES breach (organisation_id, id),
        FOREIGN KEY (organisation_id, taken_by) REFERENCES user_account (organisation_id, id)
      )`);
    await q.query(`CREATE INDEX breach_action_breach_idx ON breach_action (organisation_id, breach_id, taken_at)`);

    for (const table of ['data_request', 'breach', 'breach_action']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = (SELECT beside_current_organisation()))
          WITH CHECK (organisation_id = (SELECT beside_current_organisation()))`);
      await q.query(`CREATE POLICY ${table}_not_network_operator ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'network_admin')`);
      await q.query(`CREATE POLICY ${table}_not_panel_member ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'panel_member')`);
      await q.query(`GRANT SELECT, INSERT ON ${table} TO beside_app`);
    }
    await q.query(`GRANT UPDATE ON data_request, breach TO beside_app`);

    const notHer = `(SELECT beside_current_role()) IS DISTINCT FROM 'service_user'`;
    // Her requests: she reads her own, and makes a new one from her portal (received, nothing decided); she changes none.
    await q.query(`
      CREATE POLICY data_request_her_own ON data_request AS RESTRICTIVE
        USING (${notHer} OR service_user_id = (SELECT beside_own_service_user()))
        WITH CHECK (${notHer} OR (service_user_id = (SELECT beside_own_service_user()) AND channel = 'portal' AND status = 'received'
                                  AND created_by = (SELECT beside_current_user())))`);
    await q.query(`CREATE POLICY data_request_her_no_changes ON data_request AS RESTRICTIVE FOR UPDATE USING (${notHer})`);
    // The breach register is the organisation's, never hers.
    for (const table of ['breach', 'breach_action']) {
      await q.query(`CREATE POLICY ${table}_not_hers ON ${table} AS RESTRICTIVE USING (${notHer}) WITH CHECK (${notHer})`);
    }

    await changeNotificationKinds(q, (kinds) => [...kinds, 'data_request.received', 'breach.recorded']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind IN ('data_request.received', 'breach.recorded')`);
    await changeNotificationKinds(q, (kinds) => kinds.filter((k) => k !== 'data_request.received' && k !== 'breach.recorded'));
    for (const table of ['breach_action', 'breach', 'data_request']) await q.query(`DROP TABLE ${table}`);
  }
}
