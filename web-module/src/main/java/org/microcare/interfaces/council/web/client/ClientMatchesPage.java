package org.microcare.interfaces.council.web.client;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.ProgrammeLists;
import org.microcare.application.casework.MatchingService;
import org.microcare.application.casework.MatchingService.Exclusion;
import org.microcare.application.casework.MatchingService.Matches;
import org.microcare.domain.model.matching.Match;
import org.microcare.domain.model.matching.MatchCandidates;
import org.microcare.domain.model.matching.Reason;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.Violations;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.council.web.matching.MatchWords;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/clients/matches?id=…&on=…&me=…}: the MEs that could support a client on a day,
 * best first, each with why it ranks there and what it does not meet; and, for an ME the broker picks,
 * why it is not among them. Plain GET forms: the page changes nothing. Each showing is an audited read
 * of the client's record.
 */
@Named
@RequestScoped
public class ClientMatchesPage {

    static final String VIA = "page /clients/matches";

    @Inject
    MatchingService matching;

    @Inject
    CouncilPage council;

    @Inject
    ProgrammeLists lists;

    @Inject
    FormErrors errors;

    private String id;
    private String on;
    private String me;
    private Matches matches;
    private Exclusion exclusion;
    private List<MatchCandidates.Named> askable = List.of();
    private MatchWords words;

    @PostConstruct
    void load() {
        id = PageForms.param("id");
        on = PageForms.param("on");
        me = PageForms.param("me");
        words = new MatchWords(Texts.locale(), lists::names);
        Violations v = new Violations();
        LocalDate day = Fields.date(on, "on", "The day", false, v);
        if (!v.isEmpty()) {
            errors.add("on", Texts.get("match.error.on"));
            day = null;
            on = null;
        }
        try {
            MatchingService.MatchPage page = matching.page(id, day, me, PageForms.actor(council), VIA);
            matches = page.matches();
            askable = page.askable();
            exclusion = page.exclusion();
            if (page.unknownMe()) {
                errors.add("me", Texts.get("match.error.me"));
            }
        } catch (RecordNotFoundException e) {
            id = null;
            PageForms.notFound();
        }
    }

    public String getId() {
        return id;
    }

    public Matches getMatches() {
        return matches;
    }

    public String getOn() {
        return matches == null ? on : matches.on().toString();
    }

    public String getMe() {
        return me;
    }

    public List<Match> getRanked() {
        return matches == null ? List.of() : matches.ranked();
    }

    public List<String> say(List<Reason> reasons) {
        return words.say(reasons);
    }

    public Exclusion getExclusion() {
        return exclusion;
    }

    public String getExclusionName() {
        return exclusion == null ? "" : askable.stream().filter(n -> n.id().equals(exclusion.microEnterpriseId())).map(MatchCandidates.Named::tradingName)
                .findFirst().orElse(exclusion.microEnterpriseId());
    }

    public List<MatchCandidates.Named> getAskable() {
        return askable;
    }

    public String getClientUrl() {
        return id == null ? "" : council.getBase() + "/clients/view?id=" + PageForms.encode(id);
    }

    public String shortlistUrl(String meId) {
        return council.getBase() + "/clients/introduction-shortlist?id=" + PageForms.encode(id) + "&me=" + PageForms.encode(meId);
    }

    public String meUrl(String meId) {
        return council.getBase() + "/micro-enterprises/view?id=" + PageForms.encode(meId);
    }
}
