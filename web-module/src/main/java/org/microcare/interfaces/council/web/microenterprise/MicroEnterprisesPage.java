package org.microcare.interfaces.council.web.microenterprise;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.MicroEnterpriseService;
import org.microcare.application.MicroEnterpriseService.MicroEnterprisePage;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/micro-enterprises?stage=…&name=…&page=…}: the programme's MEs by trading name with
 * where each is in its journey, a page at a time, of one stage or all, found by trading or owner name;
 * the database filters and pages.
 */
@Named
@RequestScoped
public class MicroEnterprisesPage {

    static final int PAGE_SIZE = 25;

    @Inject
    MicroEnterpriseService microEnterprises;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    private Stage stage;
    private String name;
    private MicroEnterprisePage result;
    private Map<String, String> localityNames;
    private Map<String, String> serviceNames;

    @PostConstruct
    void load() {
        String wanted = PageForms.param("stage");
        stage = Arrays.stream(Stage.values()).filter(s -> s.name().equals(wanted)).findFirst().orElse(null);
        String words = PageForms.param("name");
        name = words == null || words.isBlank() ? null : words.trim().substring(0, Math.min(200, words.trim().length()));
        Integer page = PageForms.wholeNumber(PageForms.param("page"));
        int number = page == null || page < 1 ? 1 : page;
        result = microEnterprises.list(stage, name, number, PAGE_SIZE);
        if (result.microEnterprises().isEmpty() && number > result.pages()) {
            result = microEnterprises.list(stage, name, result.pages(), PAGE_SIZE);
        }
        localityNames = lists.names(Kind.LOCALITY);
        serviceNames = lists.names(Kind.SERVICE);
    }

    /** Code to name, retired entries included (records keep their codes). */
    static String named(List<String> codes, Map<String, String> names) {
        return codes.stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining(", "));
    }

    public List<MicroEnterprise> getList() {
        return result.microEnterprises();
    }

    public boolean isNone() {
        return result.microEnterprises().isEmpty();
    }

    /** Nothing recorded yet, or nothing matching the filters. */
    public String getEmptyText() {
        return stage == null && name == null ? Texts.get("me.none") : Texts.get("me.noneMatching");
    }

    public List<Choice> getStageChoices() {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", Texts.get("me.filter.allStages")));
        Arrays.stream(Stage.values()).forEach(s -> out.add(new Choice(s.name(), Texts.get("me.stage." + s.name()))));
        return out;
    }

    public String getStage() {
        return stage == null ? "" : stage.name();
    }

    public String getName() {
        return name == null ? "" : name;
    }

    public String localities(MicroEnterprise me) {
        return named(me.getLocalities(), localityNames);
    }

    public String services(MicroEnterprise me) {
        return named(me.getServices(), serviceNames);
    }

    /** "Showing 1 to 25 of 40 micro-enterprises". */
    public String getCount() {
        long first = (long) (result.page() - 1) * result.size() + 1;
        long last = first + result.microEnterprises().size() - 1;
        return Texts.get("me.count", first, last, result.total());
    }

    public int getPages() {
        return result.pages();
    }

    public String getPageOf() {
        return Texts.get("me.pageOf", result.page(), result.pages());
    }

    public String getPreviousHref() {
        return result.page() > 1 ? href(result.page() - 1) : null;
    }

    public String getNextHref() {
        return result.page() < result.pages() ? href(result.page() + 1) : null;
    }

    private String href(int page) {
        return council.getBase() + "/micro-enterprises?" + (stage == null ? "" : "stage=" + stage.name() + "&")
                + (name == null ? "" : "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&") + "page=" + page;
    }
}
