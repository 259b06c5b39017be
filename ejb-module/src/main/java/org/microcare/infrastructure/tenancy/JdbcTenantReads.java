package org.microcare.infrastructure.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

import org.microcare.domain.model.tenant.Nation;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.tenant.TenantId;
import org.microcare.domain.model.tenant.TenantReads;
import org.microcare.domain.model.tenant.TenantStatus;

/**
 * {@link TenantReads} as one select by primary key on the platform schema's {@code tenant} table (the data
 * source's own schema, as the {@code Tenant} entity is mapped), with no transaction and no EclipseLink session.
 */
@ApplicationScoped
public class JdbcTenantReads implements TenantReads {

    private static final String SQL = "SELECT id, name, nation, programme_name, status, schema_name, schema_version, failure_reason,"
            + " created_at, updated_at, activated_at, version FROM tenant WHERE id = ?";

    @Resource(lookup = "java:app/jdbc/microcare")
    DataSource dataSource;

    @Override
    public Optional<Tenant> stored(TenantId id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(SQL)) {
            q.setString(1, id.value());
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(Tenant.asStored(rs.getString(1), rs.getString(2), Nation.valueOf(rs.getString(3)), rs.getString(4),
                        TenantStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)),
                        instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)), rs.getLong(12)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading council " + id.value() + " from the tenant store failed", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
