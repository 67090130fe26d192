package com.campaigntracker.archive.ui;

import com.campaigntracker.shared.ui.GridRows;
import com.campaigntracker.archive.ArchiveFilter;
import com.campaigntracker.archive.ArchiveLine;
import com.campaigntracker.archive.ArchiveService;
import com.campaigntracker.archive.CampaignFigures;
import com.campaigntracker.chart.Chart;
import com.campaigntracker.chart.ChartOptions;
import com.campaigntracker.shared.i18n.Formats;
import com.campaigntracker.shared.ui.ComponentTexts;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Archived campaigns side by side (R15's "compare later"): planned vs actual duration, on-time rate,
 * average delay, warnings per task, explanations on time, escalations and the three ratings, as a table
 * and as charts.
 */
@Route("archive/compare")
@PermitAll
public class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PLANNED = "#8a8f98";
    private static final String ACTUAL = "#1676f3";

    private final transient ArchiveService archive;
    final MultiSelectComboBox<ArchiveLine> campaigns = ComponentTexts.multiSelect(new MultiSelectComboBox<>());
    final Grid<CampaignFigures> grid = new Grid<>();
    final Paragraph versionsNote = new Paragraph();
    final Div charts = new Div();
    final Paragraph hint = new Paragraph();

    CompareView(ArchiveService archive) {
        versionsNote.setId("compare-versions");
        this.archive = archive;
        campaigns.setId("compare-campaigns");
        campaigns.setLabel(getTranslation("compare.choose"));
        campaigns.setItemLabelGenerator(ArchiveLine::projectName);
        campaigns.setWidth("36rem");
        campaigns.addValueChangeListener(e -> show(e.getValue()));
        grid.setId("compare-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        column(CampaignFigures::projectName, "project.name", "project").setFlexGrow(2);
        column(f -> getTranslation("compare.days", f.plannedDays(), f.actualDays()), "compare.duration", "duration");
        column(f -> f.onTimeRate() == null ? "—" : Formats.percent(f.onTimeRate(), getLocale()), "compare.onTime",
                "onTime");
        column(f -> String.valueOf(f.averageDelay()), "compare.averageDelay", "delay");
        column(f -> String.valueOf(f.warningsPerTask()), "compare.warningsPerTask", "warnings");
        column(f -> f.explanationsOnTime() + " / " + f.explanations(), "compare.explanationsOnTime", "explanations");
        column(f -> String.valueOf(f.escalations()), "compare.escalations", "escalations");
        column(f -> rating(f.progressRating()) + " · " + rating(f.riskRating()) + " · "
                + rating(f.responsibilityRating()), "compare.ratings", "ratings");
        // M6: which archived version is compared, and a flag when the project has several (regenerated)
        column(f -> getTranslation("archive.compare.versionOf", f.archiveNumber(), f.archiveVersions())
                + (f.archiveVersions() > 1 ? " ⚠" : ""), "archive.compare.version", "version");
        charts.addClassName("dashboard-charts");
        hint.setText(getTranslation("compare.hint"));
    }

    private Grid.Column<CampaignFigures> column(Function<CampaignFigures, String> value, String header, String key) {
        return grid.addColumn(value::apply).setHeader(getTranslation(header)).setKey(key).setAutoWidth(true);
    }

    private static String rating(Integer r) {
        return r == null ? "—" : String.valueOf(r);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<Long, ArchiveLine> projects = new LinkedHashMap<>();
        archive.search(ArchiveFilter.ALL).forEach(a -> projects.putIfAbsent(a.projectId(), a));
        campaigns.setItems(projects.values());
        add(new H2(getTranslation("compare.title")), campaigns, hint, grid, versionsNote, charts);
        show(campaigns.getValue());
    }

    private void show(Collection<ArchiveLine> chosen) {
        List<CampaignFigures> figures = chosen.size() < 2 ? List.of()
                : archive.compare(chosen.stream().map(ArchiveLine::projectId).toList());
        GridRows.show(grid, figures);
        hint.setVisible(figures.isEmpty());
        versionsNote.setText(figures.stream().filter(f -> f.archiveVersions() > 1)
                .map(f -> f.projectName() + ": " + getTranslation("archive.compare.severalVersions", f.archiveVersions(),
                        f.archiveNumber())).collect(java.util.stream.Collectors.joining(" ")));
        versionsNote.setVisible(!versionsNote.getText().isEmpty());
        charts.removeAll();
        if (figures.isEmpty()) {
            return;
        }
        List<String> names = figures.stream().map(CampaignFigures::projectName).toList();
        charts.add(panel("compare.duration", "compare-duration", ChartOptions.categories(names, null)
                .bar(getTranslation("compare.planned"), figures.stream().map(CampaignFigures::plannedDays).toList(),
                        PLANNED, null)
                .bar(getTranslation("compare.actual"), figures.stream().map(CampaignFigures::actualDays).toList(),
                        ACTUAL, null)));
        charts.add(panel("compare.onTime", "compare-on-time", ChartOptions.categories(names, 100)
                .bar(getTranslation("compare.onTime"), figures.stream()
                        .map(f -> f.onTimeRate() == null ? 0 : f.onTimeRate()).toList(), ACTUAL, null)));
        charts.add(panel("compare.ratings", "compare-ratings", ChartOptions.categories(names, 5)
                .bar(getTranslation("retrospective.rating.progress"), ratings(figures, CampaignFigures::progressRating),
                        "#2e9d5b", null)
                .bar(getTranslation("retrospective.rating.risk"), ratings(figures, CampaignFigures::riskRating),
                        "#ef8a17", null)
                .bar(getTranslation("retrospective.rating.responsibility"),
                        ratings(figures, CampaignFigures::responsibilityRating), "#1676f3", null)));
    }

    private static List<Integer> ratings(List<CampaignFigures> figures, Function<CampaignFigures, Integer> rating) {
        return figures.stream().map(rating).map(r -> Objects.requireNonNullElse(r, 0)).toList();
    }

    private Div panel(String titleKey, String id, ChartOptions options) {
        Chart chart = new Chart();
        chart.setId(id);
        chart.setOption(options.build());
        Div panel = new Div(new H3(getTranslation(titleKey)), chart);
        panel.addClassName("dashboard-panel");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title") + " · " + getTranslation("app.shortName");
    }
}
