import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Her voice after the consultation (issue 18; docs/VOICE.md): the lived-experience panel (role panel_member),
 * the findings it chooses, its votes and decisions, the campaigns that follow them.
 *
 * - A panel member reads no case content: as for the network operator (1764300017000-network.ts), a RESTRICTIVE
 *   policy on every organisation-scoped table hides its rows from the role, but for her own account and its
 *   sign-in tables, the consultation tables (their own policies give the panel results only) and these tables.
 * - Votes: the tally lives on the finding. `finding_vote_cast` says only THAT she voted (no vote, no time), so she
 *   votes once; `finding_vote` (who voted how) is written only under named voting, chosen by the panel.
 */
export class PanelCampaigns1764300020000 implements MigrationInterface {
  name = 'PanelCampaigns1764300020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_role_check`);
    await q.query(
      `ALTER TABLE user_account ADD CONSTRAINT user_account_role_check CHECK (role IN ('service_user','advocate','manager','admin','network_admin','panel_member'))`,
    );

    // Hidden from a panel member in any context: every organisation-scoped table but these (and the tables below).
    const panelTables = ['user_account', 'user_session', 'recovery_code', 'one_time_token', 'outbox_message', 'audit_event', 'audit_chain_head', 'idempotency_key'];
    const tables: { table_name: string }[] = await q.query(
      `SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
    );
    for (const { table_name: table } of tables) {
      if (panelTables.includes(table) || table.startsWith('consultation')) continue;
      await q.query(`CREATE POLICY ${table}_not_panel_member ON ${table} AS RESTRICTIVE USING ((SELECT beside_current_role()) IS DISTINCT FROM 'panel_member')`);
    }
    // Of accounts, she sees her own and the names of the managers and panel members she works with; of audit events, her own.
    const accountsSeen = `(SELECT beside_current_role()) IS DISTINCT FROM 'panel_member' OR id = (SELECT beside_current_user()) OR role IN ('manager', 'panel_member')`;
    await q.query(`CREATE POLICY user_account_panel_member ON user_account AS RESTRICTIVE USING (${accountsSeen}) WITH CHECK (${accountsSeen})`);
    await q.query(`
      CREATE POLICY audit_event_panel_member ON audit_event AS RESTRICTIVE FOR SELECT
        USING ((SELECT beside_current_role()) IS DISTINCT FROM 'panel_member' OR actor_user_id = (SELECT beside_current_user()))`);

    await q.query(`
      CREATE TABLE panel_settings (
        organisation_id uuid PRIMARY KEY REFERENCES organisation(id),
        named_voting boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL
      )`);
    await q.query(`
      CREATE TABLE finding (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        summary varchar(4000) NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'set_aside')),
        priority integer CHECK (priority >= 1),
        -- Fixed by the first vote from the panel's setting then; null while no one has voted.
        named_voting boolean,
        votes_for integer NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
        votes_against integer NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
        votes_abstain integer NOT NULL DEFAULT 0 CHECK (votes_abstain >= 0),
        decided_at timestamptz,
        proposed_by uuid NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        PRIMARY KEY (organisation_id, id),
        CHECK ((status = 'proposed') = (decided_at IS NULL)),
        CHECK (priority IS NULL OR status = 'approved')
      )`);
    await q.query(`
      CREATE TABLE finding_evidence (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 1),
        -- The organisation running the consultation (a network-wide one is another's). No foreign key: keys stay
        -- within one organisation (docs/SCALING.md); the API checks the consultation is in reach when it is written.
        consultation_organisation_id uuid NOT NULL,
        consultation_id uuid NOT NULL,
        question_id uuid,
        theme_id uuid,
        quote_id uuid,
        note varchar(2000) NOT NULL,
        PRIMARY KEY (organisation_id, id),
        UNIQUE (organisation_id, finding_id, position),
        FOREIGN KEY (organisation_id, finding_id) REFERENCES finding (organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE finding_vote_cast (
        organisation_id uuid NOT NULL,
        finding_id uuid NOT NULL,
        account_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, finding_id, account_id),
        FOREIGN KEY (organisation_id, finding_id) REFERENCES finding (organisation_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, account_id) REFERENCES user_account (organisation_id, id)
      )`);
    await q.query(`
      CREATE TABLE finding_vote (
        organisation_id uuid NOT NULL,
        finding_id uuid NOT NULL,
        account_id uuid NOT NULL,
        vote varchar(8) NOT NULL CHECK (vote IN ('for', 'against', 'abstain')),
        PRIMARY KEY (organisation_id, finding_id, account_id),
        FOREIGN KEY (organisation_id, finding_id, account_id) REFERENCES finding_vote_cast (organisation_id, finding_id, account_id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE campaign (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        summary varchar(4000) NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'closed')),
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL,
        PRIMARY KEY (organisation_id, id)
      )`);
    await q.query(`
      CREATE TABLE campaign_finding (
        organisation_id uuid NOT NULL,
        campaign_id uuid NOT NULL,
        finding_id uuid NOT NULL,
        PRIMARY KEY (organisation_id, campaign_id, finding_id),
        FOREIGN KEY (organisation_id, campaign_id) REFERENCES campaign (organisation_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organisation_id, finding_id) REFERENCES finding (organisation_id, id)
      )`);
    const item = (table: string, columns: string) => `
      CREATE TABLE ${table} (
        organisation_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL,
        ${columns},
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, id),
        FOREIGN KEY (organisation_id, campaign_id) REFERENCES campaign (organisation_id, id) ON DELETE CASCADE
      )`;
    await q.query(item('campaign_ask', `words varchar(1000) NOT NULL`));
    await q.query(item('campaign_target', `name varchar(200) NOT NULL, description varchar(1000)`));
    await q.query(
      item(
        'campaign_action',
        `what varchar(1000) NOT NULL, owner varchar(200) NOT NULL, due_on date,
         status varchar(8) NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'dropped')), done_on date,
         CHECK ((status = 'done') = (done_on IS NOT NULL))`,
      ),
    );
    await q.query(item('campaign_outcome', `what varchar(1000) NOT NULL, achieved_on date NOT NULL, evidence varchar(2000) NOT NULL`));

    // The organisation's managers and panel members; what each may do beyond reading is the API's permission check.
    const team = `organisation_id = (SELECT beside_current_organisation()) AND (SELECT beside_current_role()) IN ('manager', 'panel_member')`;
    const voiceTables = ['panel_settings', 'finding', 'finding_evidence', 'campaign', 'campaign_finding', 'campaign_ask', 'campaign_target', 'campaign_action', 'campaign_outcome'];
    for (const table of voiceTables) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_team ON ${table} USING (${team}) WITH CHECK (${team})`);
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO beside_app`);
    }
    // Only panel members vote; each sees only that she herself voted. Who voted how is read (named voting) by the team.
    const herself = `organisation_id = (SELECT beside_current_organisation()) AND (SELECT beside_current_role()) = 'panel_member'
           AND account_id = (SELECT beside_current_user())`;
    await q.query(`ALTER TABLE finding_vote_cast ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY finding_vote_cast_herself ON finding_vote_cast USING (${herself}) WITH CHECK (${herself})`);
    await q.query(`GRANT SELECT, INSERT ON finding_vote_cast TO beside_app`);
    await q.query(`ALTER TABLE finding_vote ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY finding_vote_team ON finding_vote FOR SELECT USING (${team})`);
    await q.query(`CREATE POLICY finding_vote_herself ON finding_vote FOR INSERT WITH CHECK (${herself})`);
    await q.query(`GRANT SELECT, INSERT ON finding_vote TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['campaign_outcome', 'campaign_action', 'campaign_target', 'campaign_ask', 'campaign_finding', 'campaign', 'finding_vote', 'finding_vote_cast', 'finding_evidence', 'finding', 'panel_settings']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP POLICY audit_event_panel_member ON audit_event`);
    await q.query(`DROP POLICY user_account_panel_member ON user_account`);
    const policies: { tablename: string; policyname: string }[] = await q.query(`SELECT tablename, policyname FROM pg_policies WHERE policyname LIKE '%\\_not\\_panel\\_member'`);
    for (const p of policies) await q.query(`DROP POLICY ${p.policyname} ON ${p.tablename}`);
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_role_check`);
    await q.query(`ALTER TABLE user_account ADD CONSTRAINT user_account_role_check CHECK (role IN ('service_user','advocate','manager','admin','network_admin'))`);
  }
}
