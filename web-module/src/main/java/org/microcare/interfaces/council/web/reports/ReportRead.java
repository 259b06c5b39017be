package org.microcare.interfaces.council.web.reports;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.council.web.PageForms;

/**
 * What a report page asked the service for, read at most once per request: the report, or nothing when what was
 * asked is not valid, the refusal then handed to the page (which puts it in its error summary). The one home of the
 * read-once-or-refuse step of every report page, and of their CSV downloads.
 *
 * @param <T> the report
 */
final class ReportRead<T> {

    private final Supplier<T> read;
    private final Consumer<InvalidInputException> refused;
    private boolean done;
    private T report;

    /** {@code read} works out what was asked (keeping it for the page's form) and reads the report; {@code refused} shows why not. */
    ReportRead(Supplier<T> read, Consumer<InvalidInputException> refused) {
        this.read = read;
        this.refused = refused;
    }

    /** The report, read on first use; null when what was asked was refused. */
    T get() {
        if (!done) {
            done = true;
            try {
                report = read.get();
            } catch (InvalidInputException e) {
                refused.accept(e);
            }
        }
        return report;
    }

    /** Whether there is a report to show. */
    boolean shown() {
        return get() != null;
    }

    /**
     * A csv view's only action: the report {@code read} gives, downloaded as an attachment named by {@code name}
     * holding {@code csv} (the API's CSV); 400 (the problem page) when what was asked is refused.
     */
    static <R> void downloadCsv(Supplier<R> read, Function<R, String> name, Function<R, String> csv) {
        R report;
        try {
            report = read.get();
        } catch (InvalidInputException e) {
            PageForms.badRequest();
            return;
        }
        PageForms.download("text/csv", name.apply(report), csv.apply(report));
    }
}
