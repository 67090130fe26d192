package com.campaigntracker.closing.ui;

import com.campaigntracker.closing.RetrospectiveKpi;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The actual value of each KPI the project set out with, beside its target; hidden when it set none. */
class KpiActualsSection extends FormSection {

    final List<BigDecimalField> actuals = new ArrayList<>();

    KpiActualsSection() {
        super("retrospective.kpis");
    }

    void show(List<RetrospectiveKpi> kpis) {
        restart();
        actuals.clear();
        setVisible(!kpis.isEmpty());
        for (int i = 0; i < kpis.size(); i++) {
            RetrospectiveKpi k = kpis.get(i);
            BigDecimalField actual = new BigDecimalField(getTranslation("retrospective.kpiActual", k.name(),
                    k.target() == null ? "—" : k.target().stripTrailingZeros().toPlainString(),
                    Objects.toString(k.unit(), "")));
            actual.setId("kpi-actual-" + i);
            actual.setWidth("20rem");
            actual.setValue(k.actual());
            actuals.add(actual);
            add(actual);
        }
    }

    /** The KPIs as loaded (names, units, targets), with the actuals typed now. */
    List<RetrospectiveKpi> read(List<RetrospectiveKpi> loaded) {
        List<RetrospectiveKpi> kpis = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            RetrospectiveKpi k = loaded.get(i);
            kpis.add(new RetrospectiveKpi(k.name(), k.unit(), k.target(), actuals.get(i).getValue()));
        }
        return kpis;
    }

    @Override
    void setReadOnly(boolean readOnly) {
        actuals.forEach(k -> k.setReadOnly(readOnly));
    }
}
