package org.microcare.interfaces.council.web.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.application.casework.ClientService;
import org.microcare.application.casework.ClientService.ClientExport;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.PreferredTime;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.rest.ClientExportDocument;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * Admins only: everything held about one client, for a subject access request. {@code /clients/export?id=…}
 * is the printable page (A4, {@code client-print.css}); {@code /clients/export-json?id=…} downloads the
 * same export as the API's JSON. Each is an audited export (CLIENT_EXPORTED, with the page). Every
 * section of the export is shown as a table of its rows, so a new section needs no change here.
 */
@Named("clientExportPage")
@RequestScoped
public class ClientExportPage {

    static final String VIA = "page /clients/export";
    static final String JSON_VIA = "page /clients/export-json";

    /** One section of the export as the page shows it: a heading, column headings and the rows' values as text. */
    public record Section(String name, String title, List<String> columns, List<List<String>> rows) {
    }

    @Inject
    ClientService clients;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    private boolean loaded;
    private String id;
    private ClientExport export;
    private List<Section> sections = List.of();
    private Map<String, String> localityNames = Map.of();
    private Map<String, String> serviceNames = Map.of();

    /** The printable page: loads the export (audited) when the page first asks for it. */
    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        id = PageForms.param("id");
        try {
            export = clients.export(id, PageForms.actor(council), VIA);
            localityNames = lists.names(Kind.LOCALITY);
            serviceNames = lists.names(Kind.SERVICE);
            List<Section> shown = new ArrayList<>();
            export.sections().forEach((name, rows) -> shown.add(section(name, rows)));
            sections = shown;
        } catch (RecordNotFoundException e) {
            id = null;
            PageForms.notFound();
        }
    }

    /** The JSON download (the view's only action): the export as an attachment, nothing rendered. */
    public void downloadJson() {
        try {
            ClientExport json = clients.export(PageForms.param("id"), PageForms.actor(council), JSON_VIA);
            PageForms.download("application/json", ClientExportDocument.disposition(json), ClientExportDocument.json(json));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    private static Section section(String name, List<? extends Record> rows) {
        List<String> columns = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (Record row : rows) {
            RecordComponent[] components = row.getClass().getRecordComponents();
            if (columns.isEmpty()) {
                Arrays.stream(components).map(c -> label("client.export.col." + c.getName(), c.getName())).forEach(columns::add);
            }
            List<String> line = new ArrayList<>();
            for (RecordComponent c : components) {
                line.add(text(value(c, row)));
            }
            values.add(line);
        }
        return new Section(name, label("client.export.section." + name, name), columns, values);
    }

    private static Object value(RecordComponent c, Record row) {
        try {
            return c.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant at) {
            return DisplayFormats.dateTimeText(at);
        }
        if (value instanceof LocalDate day) {
            return DisplayFormats.dateText(day);
        }
        return String.valueOf(value);
    }

    private static String label(String key, String otherwise) {
        try {
            return Texts.get(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }

    public String getId() {
        load();
        return id;
    }

    public ClientExport getExport() {
        load();
        return export;
    }

    public Client getClient() {
        load();
        return export == null ? null : export.client();
    }

    public List<Section> getSections() {
        load();
        return sections;
    }

    public String getLocality() {
        Client c = getClient();
        return c == null ? "" : withName(c.getLocality(), localityNames);
    }

    public List<String> getServices() {
        Client c = getClient();
        return c == null ? List.of() : c.getServicesNeeded().stream().map(s -> withName(s, serviceNames)).toList();
    }

    public List<PreferredTime> getPreferredTimes() {
        Client c = getClient();
        return c == null ? List.of() : c.getPreferredTimes();
    }

    private static String withName(String code, Map<String, String> names) {
        String name = names.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    public String joined(List<String> values) {
        return values == null || values.isEmpty() ? Texts.get("client.notGiven") : String.join(", ", values);
    }

    public String getJsonUrl() {
        return council.getBase() + "/clients/export-json?id=" + PageForms.encode(getId() == null ? "" : getId());
    }
}
