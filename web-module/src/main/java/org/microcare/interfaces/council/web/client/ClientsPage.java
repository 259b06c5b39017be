package org.microcare.interfaces.council.web.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.application.casework.ClientService;
import org.microcare.application.casework.ClientService.ClientPage;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.client.ClientStatus;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/clients?status=…&page=…}: the council's clients by reference, a page at a time,
 * of one status or all. The list shows the case, not the person (no name, contact or postcode), so
 * opening it is not an audited read; each client's page is.
 */
@Named
@RequestScoped
public class ClientsPage {

    static final int PAGE_SIZE = 25;

    @Inject
    ClientService clients;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    private ClientStatus status;
    private ClientPage result;
    private Map<String, String> localityNames;
    private Map<String, String> serviceNames;

    @PostConstruct
    void load() {
        String wanted = PageForms.param("status");
        status = Arrays.stream(ClientStatus.values()).filter(s -> s.name().equals(wanted)).findFirst().orElse(null);
        Integer page = PageForms.wholeNumber(PageForms.param("page"));
        int number = page == null || page < 1 ? 1 : page;
        result = clients.list(status, number, PAGE_SIZE);
        if (result.clients().isEmpty() && number > result.pages()) {
            result = clients.list(status, result.pages(), PAGE_SIZE);
        }
        localityNames = lists.names(Kind.LOCALITY);
        serviceNames = lists.names(Kind.SERVICE);
    }

    public List<Client> getList() {
        return result.clients();
    }

    public boolean isNone() {
        return result.clients().isEmpty();
    }

    /** "No clients yet." or "No clients are waiting." */
    public String getEmptyText() {
        return status == null ? Texts.get("client.none") : Texts.get("client.noneWithStatus", statusLabel(status));
    }

    public List<Choice> getStatusChoices() {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", Texts.get("client.status.all")));
        Arrays.stream(ClientStatus.values()).forEach(s -> out.add(new Choice(s.name(), statusLabel(s))));
        return out;
    }

    public String getStatus() {
        return status == null ? "" : status.name();
    }

    public String statusLabel(ClientStatus s) {
        return Texts.get("client.status." + s.name());
    }

    public String statusTag(ClientStatus s) {
        return ClientPageBean.tag(s);
    }

    public String locality(Client c) {
        return localityNames.getOrDefault(c.getLocality(), c.getLocality());
    }

    public String services(Client c) {
        return c.getServicesNeeded().stream().map(code -> serviceNames.getOrDefault(code, code)).collect(Collectors.joining(", "));
    }

    public String funding(Client c) {
        return Texts.get("client.funding." + c.getFundingRoute().name());
    }

    /** "Showing 1 to 25 of 40 clients". */
    public String getCount() {
        long first = (long) (result.page() - 1) * result.size() + 1;
        long last = first + result.clients().size() - 1;
        return Texts.get("client.count", first, last, result.total());
    }

    public int getPages() {
        return result.pages();
    }

    public String getPageOf() {
        return Texts.get("client.pageOf", result.page(), result.pages());
    }

    public String getPreviousHref() {
        return result.page() > 1 ? href(result.page() - 1) : null;
    }

    public String getNextHref() {
        return result.page() < result.pages() ? href(result.page() + 1) : null;
    }

    private String href(int page) {
        return council.getBase() + "/clients?" + (status == null ? "" : "status=" + status.name() + "&") + "page=" + page;
    }
}
