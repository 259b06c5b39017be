package org.microcare.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.microcare.application.ProgrammeLists;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;

/**
 * Plain JDBC into a named schema, so tests can plant and read rows behind JPA's back; and one JTA transaction
 * that asks for two councils' data, which the tenancy must refuse.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenancyTestSupport {

    @Resource(lookup = "java:app/jdbc/microcare")
    DataSource dataSource;

    @Inject
    ProgrammeLists catalogue;

    /** In one JTA transaction, reads a service as the first council and then as the second. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<String> serviceNamesInOneTransaction(CurrentTenant first, CurrentTenant second, String id) {
        List<String> names = new ArrayList<>();
        names.add(TenantContext.callAs(first, () -> catalogue.get(ProgrammeLists.Kind.SERVICE, id).getName()));
        names.add(TenantContext.callAs(second, () -> catalogue.get(ProgrammeLists.Kind.SERVICE, id).getName()));
        return names;
    }

    public void insertService(String schema, String id, String code, String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO `" + schema + "`.care_service (id, code, name, retired, version) VALUES (?, ?, ?, FALSE, 1)")) {
            ps.setString(1, id);
            ps.setString(2, code);
            ps.setString(3, name);
            ps.executeUpdate();
        }
    }

    public String serviceName(String schema, String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT name FROM `" + schema + "`.care_service WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public List<String> tables(String schema) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name")) {
            ps.setString(1, schema);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }
}
