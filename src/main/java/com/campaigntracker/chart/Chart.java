package com.campaigntracker.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * An Apache ECharts chart (npm {@code echarts}, Apache-2.0; Vaadin Charts is paid). The server builds
 * the ECharts option as data ({@link ChartOptions} helps) and the browser draws it as SVG. Text in an
 * option is shown as text by ECharts' default labels and tooltips; no HTML formatter is ever sent.
 */
@Tag("ct-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./chart/ct-chart.ts")
public class Chart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectNode option = JSON.createObjectNode();

    public Chart() {
        setWidthFull();
        setHeight("280px");
    }

    /** Replaces what the chart shows. */
    public void setOption(ObjectNode option) {
        this.option = option.deepCopy();
        getElement().setProperty("option", option.toString());
    }

    /** A copy of what the chart shows (tests read the figures from it). */
    public ObjectNode getOption() {
        return option.deepCopy();
    }

    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    /** A click on a bar, point or slice: the series' name, the category or slice name, its index. */
    @DomEvent("chart-click")
    public static class PointClickEvent extends ComponentEvent<Chart> {

        private final String series;
        private final String name;
        private final int index;

        public PointClickEvent(Chart source, boolean fromClient, @EventData("event.detail.series") String series,
                               @EventData("event.detail.name") String name, @EventData("event.detail.index") int index) {
            super(source, fromClient);
            this.series = series;
            this.name = name;
            this.index = index;
        }

        public String getSeries() {
            return series;
        }

        public String getName() {
            return name;
        }

        public int getIndex() {
            return index;
        }
    }
}
