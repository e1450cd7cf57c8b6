package dev.mizan.agreement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON: {@code {"project", "documents": N, "annotators": [...], "measures": [...],
 * "disagreements": [...]}}, one flat list of measures so tools can filter it. Offsets are UTF-16 code
 * units, as every disagreement says in {@code "offsetUnit"}.
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static void write(AgreementReport report, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("project", report.project());
            g.writeNumberField("documents", report.documents().size());
            g.writeArrayFieldStart("annotators");
            for (String a : report.annotators()) {
                g.writeString(a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("measures");
            for (ReportEntry e : report.entries()) {
                g.writeStartObject();
                g.writeStringField("measure", e.measure());
                g.writeStringField("layer", e.layer());
                g.writeStringField("label", e.label());
                if (e.pair() == null) {
                    g.writeNullField("pair");
                } else {
                    g.writeArrayFieldStart("pair");
                    g.writeString(e.pair().get(0));
                    g.writeString(e.pair().get(1));
                    g.writeEndArray();
                }
                g.writeStringField("document", e.document());
                if (e.value().isDefined()) {
                    g.writeNumberField("value", e.value().get());
                } else {
                    g.writeNullField("value");
                }
                if (e.ci() == null) {
                    g.writeNullField("ci");
                } else {
                    g.writeArrayFieldStart("ci");
                    g.writeNumber(e.ci().low());
                    g.writeNumber(e.ci().high());
                    g.writeEndArray();
                }
                g.writeNumberField("n", e.n());
                if (!e.value().isDefined()) {
                    g.writeStringField("reason", e.value().reason());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("disagreements");
            for (Disagreement d : report.disagreements()) {
                writeDisagreement(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeDisagreement(JsonGenerator g, Disagreement d) throws IOException {
        g.writeStartObject();
        g.writeStringField("document", d.document());
        g.writeStringField("layer", d.layer());
        g.writeNumberField("begin", d.begin());
        g.writeNumberField("end", d.end());
        g.writeStringField("offsetUnit", "utf-16");
        g.writeStringField("text", d.text());
        g.writeStringField("kind", d.kind());
        g.writeObjectFieldStart("answers");
        for (Map.Entry<String, List<Disagreement.Answer>> e : d.answers().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (Disagreement.Answer a : e.getValue()) {
                g.writeStartObject();
                g.writeStringField("label", a.label());
                g.writeNumberField("begin", a.begin());
                g.writeNumberField("end", a.end());
                if (!a.attributes().isEmpty()) {
                    g.writeObjectFieldStart("attributes");
                    for (Map.Entry<String, Object> attr : a.attributes().entrySet()) {
                        g.writeStringField(attr.getKey(), String.valueOf(attr.getValue()));
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
