package com.mitpo.account.control;

import com.mitpo.platform.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The look-ups made before anyone is known, one method per SECURITY DEFINER function (see
 * V002–V004). They join the caller's transaction; nothing else calls those functions.
 */
@ApplicationScoped
public class AuthLookups {

    /** A user found by email: their password hash (null without one) and whether the email is confirmed. */
    public record Credential(UUID userId, String passwordHash, boolean emailVerified) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<Credential> credentialByEmail(String email) {
        return first("select * from auth_credential_by_email(?1)", email)
                .map(row -> new Credential((UUID) row[0], (String) row[1], Boolean.TRUE.equals(row[2])));
    }

    /** id, user_id, active_workspace_id (only while still a member), expires_at, created_at, updated_at. */
    public Optional<Object[]> sessionByToken(String token) {
        return byToken("select * from auth_session_by_token(?1)", token);
    }

    /** id, user_id, identifier, expires_at. */
    public Optional<Object[]> verificationByToken(String token) {
        return byToken("select * from auth_verification_by_token(?1)", token);
    }

    /** id, workspace_id, workspace_name, email, role, expires_at. */
    public Optional<Object[]> invitationByToken(String token) {
        return byToken("select * from auth_invitation_by_token(?1)", token);
    }

    /** Whether the member who sent the invitation may still invite to its workspace. */
    public boolean inviterMayStillInvite(UUID invitationId) {
        return Boolean.TRUE.equals(em.createNativeQuery("select auth_invitation_inviter_may_invite(?1)")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, invitationId)
                .getSingleResult());
    }

    public Optional<UUID> userByProviderAccount(String provider, String accountId) {
        return Optional.ofNullable((UUID) em.createNativeQuery("select auth_user_by_provider_account(?1, ?2)")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, provider).setParameter(2, accountId)
                .getSingleResult());
    }

    /** Tokens are ours (43 characters); anything empty or far longer is not worth hashing. */
    private Optional<Object[]> byToken(String sql, String token) {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return Optional.empty();
        }
        return first(sql, Tokens.hash(token));
    }

    private Optional<Object[]> first(String sql, Object parameter) {
        List<Object[]> rows = em.createNativeQuery(sql)
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, parameter)
                .getResultList();
        return rows.stream().findFirst();
    }
}
