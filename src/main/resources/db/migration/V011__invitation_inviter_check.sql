-- An invitation speaks for the member who sent it. When that member is removed, leaves, is
-- demoted to member or deletes their account, the invitation must not still open the door: the
-- app deletes such invitations as it changes the member, and the invitee's acceptance asks this
-- function (owner's rights, like the token look-up: the invitee is not a member yet and sees no
-- member rows) whether the inviter is still an owner or admin of that workspace.
create function auth_invitation_inviter_may_invite(p_invitation uuid)
    returns boolean
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select exists (
            select 1
              from invitation i
              join workspace_member m on m.workspace_id = i.workspace_id and m.user_id = i.invited_by
             where i.id = p_invitation
               and m.role in ('owner', 'admin'))
    $$;
revoke all on function auth_invitation_inviter_may_invite(uuid) from public;
grant execute on function auth_invitation_inviter_may_invite(uuid) to ${appRole};
