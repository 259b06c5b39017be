package org.microcare.interfaces.council.web.microenterprise;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.MicroEnterpriseService;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.microenterprise.MicroEnterprise;

/** {@code /c/{tenant}/micro-enterprises}: every ME of the programme with where it is in its journey. */
@Named
@RequestScoped
public class MicroEnterprisesPage {

    @Inject
    MicroEnterpriseService microEnterprises;

    @Inject
    ProgrammeLists lists;

    private List<MicroEnterprise> list;
    private Map<String, String> localityNames;
    private Map<String, String> serviceNames;

    @PostConstruct
    void load() {
        list = microEnterprises.list();
        localityNames = lists.names(Kind.LOCALITY);
        serviceNames = lists.names(Kind.SERVICE);
    }

    /** Code to name, retired entries included (records keep their codes). */

    static String named(List<String> codes, Map<String, String> names) {
        return codes.stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining(", "));
    }

    public List<MicroEnterprise> getList() {
        return list;
    }

    public boolean isNone() {
        return list.isEmpty();
    }

    public String localities(MicroEnterprise me) {
        return named(me.getLocalities(), localityNames);
    }

    public String services(MicroEnterprise me) {
        return named(me.getServices(), serviceNames);
    }
}
