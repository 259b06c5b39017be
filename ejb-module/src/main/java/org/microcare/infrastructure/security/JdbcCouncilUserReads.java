package org.microcare.infrastructure.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.CouncilUserReads;
import org.microcare.domain.model.user.RolesConverter;
import org.microcare.infrastructure.tenancy.SchemaNames;
import org.microcare.infrastructure.tenancy.TenantContext;

/**
 * {@link CouncilUserReads} as one indexed JDBC select in the schema of the council in context. The schema
 * name comes from the {@link org.microcare.infrastructure.tenancy.CurrentTenant} (made only from a row of the
 * tenant store) and is checked by {@link SchemaNames}; with no council in context it fails closed.
 */
@ApplicationScoped
public class JdbcCouncilUserReads implements CouncilUserReads {

    @Resource(lookup = "java:app/jdbc/microcare")
    DataSource dataSource;

    private final RolesConverter roles = new RolesConverter();

    @Override
    public Optional<CouncilUser> stored(String username) {
        String schema = SchemaNames.checked(TenantContext.require().schemaName());
        String sql = "SELECT id, username, display_name, roles, enabled, password_hash, failed_attempts FROM `" + schema
                + "`.council_user WHERE username = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(CouncilUser.asStored(rs.getString(1), rs.getString(2), rs.getString(3), roles.convertToEntityAttribute(rs.getString(4)),
                        rs.getBoolean(5), rs.getString(6), rs.getInt(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading user of " + schema + " failed", e);
        }
    }
}
