package org.microcare.interfaces.council.web.introduction;

import java.util.Arrays;
import java.util.List;

import org.microcare.application.casework.IntroductionService.Row;
import org.microcare.domain.model.introduction.DeclinedReason;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/** What the introduction pages share: links and choices in the page's language. */
public final class IntroductionPages {

    private IntroductionPages() {
    }

    public static String clientUrl(CouncilPage council, String clientId) {
        return council.getBase() + "/clients/view?id=" + PageForms.encode(clientId);
    }

    public static String introduceUrl(CouncilPage council, Row r) {
        return council.getBase() + "/clients/introduce?id=" + PageForms.encode(r.introduction().getClientId()) + "&introduction="
                + PageForms.encode(r.introduction().getId());
    }

    public static String outcomeUrl(CouncilPage council, Row r) {
        return council.getBase() + "/clients/introduction-outcome?id=" + PageForms.encode(r.introduction().getClientId())
                + "&introduction=" + PageForms.encode(r.introduction().getId());
    }

    static List<Choice> reasons() {
        List<Choice> all = new java.util.ArrayList<>();
        all.add(new Choice("", Texts.get("introduction.choose")));
        all.addAll(Arrays.stream(DeclinedReason.values()).map(e -> new Choice(e.name(), Texts.get("introduction.reason." + e.name())))
                .toList());
        return all;
    }

    static List<Choice> outcomes() {
        return List.of(new Choice("AGREED", Texts.get("introduction.status.AGREED")),
                new Choice("DECLINED", Texts.get("introduction.status.DECLINED")));
    }
}
