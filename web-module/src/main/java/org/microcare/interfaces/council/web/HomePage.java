package org.microcare.interfaces.council.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.TargetService;
import org.microcare.domain.model.programme.Target;

/** {@code /c/{tenant}/}: the council dashboard. Shows the programme's targets until reporting brings actual figures. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    TargetService targets;

    private List<Target> current;
    private List<Target> others;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now();
        List<Target> all = targets.all();
        current = all.stream().filter(t -> t.covers(today)).toList();
        others = all.stream().filter(t -> !t.covers(today)).toList();
    }

    /** Targets whose period includes today. */
    public List<Target> getCurrent() {
        return current;
    }

    /** Past and future targets. */
    public List<Target> getOthers() {
        return others;
    }

    public boolean isNone() {
        return current.isEmpty() && others.isEmpty();
    }

    /** The bundle key of a target's period status: current, upcoming or ended. */
    public String status(Target t) {
        LocalDate today = LocalDate.now();
        return t.covers(today) ? "target.status.current" : t.getPeriodStart().isAfter(today) ? "target.status.upcoming" : "target.status.ended";
    }
}
