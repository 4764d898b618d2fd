import { MigrationInterface, QueryRunner } from 'typeorm';

/** Service users, their journeys (with referral), and break-the-glass access grants. */
export class JourneysCore1764300003000 implements MigrationInterface {
  name = 'JourneysCore1764300003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        account_id uuid UNIQUE REFERENCES user_account(id),
        name varchar(200) NOT NULL,
        preferred_name varchar(200),
        pronouns varchar(60),
        date_of_birth date,
        languages varchar(200),
        interpreter_needed boolean NOT NULL DEFAULT false,
        accessibility_needs varchar(2000),
        safe_contact jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        updated_by uuid,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX service_user_org_name_idx ON service_user (organisation_id, lower(name))`);

    await q.query(`
      CREATE TABLE journey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        status varchar(20) NOT NULL DEFAULT 'referred' CHECK (status IN ('referred','active','closing','closed')),
        referral_source varchar(40) NOT NULL,
        referral_date date NOT NULL,
        referral_reason varchar(4000) NOT NULL,
        primary_advocate_id uuid NOT NULL REFERENCES user_account(id),
        secondary_advocate_id uuid REFERENCES user_account(id),
        plan_review_date date,
        closed_at timestamptz,
        closure_outcome varchar(40),
        closure_reason varchar(4000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        updated_by uuid,
        version integer NOT NULL DEFAULT 1,
        CHECK (secondary_advocate_id IS NULL OR secondary_advocate_id <> primary_advocate_id)
      )`);
    await q.query(`CREATE INDEX journey_primary_idx ON journey (primary_advocate_id, status)`);
    await q.query(`CREATE INDEX journey_secondary_idx ON journey (secondary_advocate_id, status) WHERE secondary_advocate_id IS NOT NULL`);
    await q.query(`CREATE INDEX journey_service_user_idx ON journey (service_user_id)`);
    await q.query(`CREATE INDEX journey_org_status_idx ON journey (organisation_id, status)`);

    await q.query(`
      CREATE TABLE break_glass_access (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        journey_id uuid NOT NULL REFERENCES journey(id),
        user_id uuid NOT NULL REFERENCES user_account(id),
        reason varchar(1000) NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        reviewed_at timestamptz,
        reviewed_by uuid REFERENCES user_account(id),
        review_comment varchar(2000)
      )`);
    await q.query(`CREATE INDEX break_glass_user_journey_idx ON break_glass_access (user_id, journey_id, expires_at DESC)`);
    await q.query(`CREATE INDEX break_glass_unreviewed_idx ON break_glass_access (organisation_id, granted_at) WHERE reviewed_at IS NULL`);

    for (const table of ['service_user', 'journey', 'break_glass_access']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`
        CREATE POLICY ${table}_organisation ON ${table}
          USING (organisation_id = beside_current_organisation())
          WITH CHECK (organisation_id = beside_current_organisation())`);
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO beside_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['break_glass_access', 'journey', 'service_user']) await q.query(`DROP TABLE ${t}`);
  }
}
