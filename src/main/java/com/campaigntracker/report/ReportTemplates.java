package com.campaigntracker.report;

import java.io.IOException;
import java.io.InputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.stereotype.Component;

/**
 * The report templates ({@code reports/*.jrxml} on the classpath), compiled once — the first time a
 * report is made — and kept: never compiled per request.
 */
@Component
class ReportTemplates {

    private volatile Compiled compiled;

    /** The main report and the entries subreport every section uses. */
    record Compiled(JasperReport review, JasperReport entries) {
    }

    Compiled get() {
        Compiled c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) {
                    c = new Compiled(compile("reports/review-report.jrxml"), compile("reports/entries.jrxml"));
                    compiled = c;
                }
            }
        }
        return c;
    }

    private static JasperReport compile(String resource) {
        try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Report template missing from the classpath: " + resource);
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Report template " + resource + " does not compile", e);
        }
    }
}
