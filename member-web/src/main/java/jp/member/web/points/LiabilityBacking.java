package jp.member.web.points;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import jp.member.points.boundary.LiabilityReport;
import jp.member.points.boundary.LiabilityReports;
import jp.member.shared.BusinessException;
import jp.member.shared.BusinessTime;
import jp.member.web.shell.CsvDownload;
import jp.member.web.shell.Formats;
import jp.member.web.shell.Messages;
import org.primefaces.model.StreamedContent;

/**
 * The liability report page: a period, the roll-forward table, a chart, and the CSV download. It opens on the last
 * month that has ended, already run: what a month-end close looks at first.
 */
@Named
@ViewScoped
public class LiabilityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessTime time;

    @Inject
    LiabilityReports reports;

    @Inject
    Formats fmt;

    private ReportPeriod.Kind kind = ReportPeriod.Kind.MONTH;
    private int year;
    private int number;
    private LiabilityReport report;

    @PostConstruct
    void lastClosedMonth() {
        YearMonth month = ReportPeriod.lastClosedMonth(time.today());
        year = month.getYear();
        number = month.getMonthValue();
        run();
    }

    public void run() {
        try {
            ReportPeriod period = ReportPeriod.of(kind, year, number);
            report = reports.report(period.from(), period.to());
        } catch (IllegalArgumentException | DateTimeException e) {
            Messages.error("report.period.invalid");
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** One line of the roll-forward as shown, formatted: in points, then in yen (with the liability). */
    public record Line(
            String unit,
            String opening,
            String issued,
            String redeemed,
            String expired,
            String adjusted,
            String closing,
            String liability) {}

    public List<Line> getRollForward() {
        if (report == null) {
            return List.of();
        }
        LiabilityReport r = report;
        return List.of(
                new Line(
                        Messages.text("report.unit.points"),
                        fmt.points(r.opening()),
                        fmt.points(r.issued()),
                        fmt.points(r.redeemed()),
                        fmt.points(r.expired()),
                        fmt.points(r.reversedAndAdjusted()),
                        fmt.points(r.closing()),
                        ""),
                new Line(
                        Messages.text("report.unit.yen"),
                        fmt.yen(r.yen(r.opening())),
                        fmt.yen(r.yen(r.issued())),
                        fmt.yen(r.yen(r.redeemed())),
                        fmt.yen(r.yen(r.expired())),
                        fmt.yen(r.yen(r.reversedAndAdjusted())),
                        fmt.yen(r.yen(r.closing())),
                        fmt.yen(r.liabilityYen())));
    }

    /** Chart.js configuration (PrimeFaces p:chart): points issued, redeemed and expired per cohort month. */
    public String getChart() {
        return report == null
                ? "{}"
                : LiabilityChart.of(
                        report.cohorts(),
                        Messages.text("report.issued"),
                        Messages.text("report.redeemed"),
                        Messages.text("report.expired"));
    }

    public StreamedContent getCsv() {
        return report == null
                ? null
                : CsvDownload.of("liability-" + report.from() + "-" + report.to() + ".csv", LiabilityCsv.of(report));
    }

    public ReportPeriod.Kind[] getKinds() {
        return ReportPeriod.Kind.values();
    }

    public ReportPeriod.Kind getKind() {
        return kind;
    }

    /** A new kind of period keeps the part of the year chosen (November becomes the fourth quarter). */
    public void setKind(ReportPeriod.Kind kind) {
        if (kind != null && kind != this.kind) {
            number = ReportPeriod.renumber(this.kind, kind, number);
            this.kind = kind;
        }
    }

    /** The choices of the number input: months 1–12 or quarters 1–4 (none for a year). */
    public List<Integer> getNumbers() {
        return switch (kind) {
            case MONTH -> IntStream.rangeClosed(1, 12).boxed().toList();
            case QUARTER -> IntStream.rangeClosed(1, 4).boxed().toList();
            case YEAR -> List.of();
        };
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public LiabilityReport getReport() {
        return report;
    }
}
