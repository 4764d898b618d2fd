import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In development, the network operator follows the invitations she sends to members' admins from the
 * development inbox (issue 17): of the outbox ids the inbox caught, this names the invitations to admin
 * accounts of member organisations, and answers no one but the operator. Nothing else of a member's
 * outbox is hers to see.
 */
export class NetworkDevelopmentInbox1764300017400 implements MigrationInterface {
  name = 'NetworkDevelopmentInbox1764300017400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION beside_network_admin_invitations(p_ids uuid[]) RETURNS SETOF uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        -- By organisation, then id: the outbox's key is (organisation_id, id).
        SELECT m.id FROM organisation o
        JOIN outbox_message m ON m.organisation_id = o.id AND m.id = ANY(p_ids)
        WHERE o.kind = 'member' AND m.template = 'invitation' AND beside_is_network_operator()
          AND EXISTS (SELECT 1 FROM user_account u WHERE u.organisation_id = m.organisation_id AND u.role = 'admin' AND u.email = m.recipient)
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION beside_network_admin_invitations(uuid[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION beside_network_admin_invitations(uuid[]) TO beside_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION beside_network_admin_invitations(uuid[])`);
  }
}
